package dev.platina.workflow.expression.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** <code>{'a': 1, 'b': 2}</code>. Keys are strings, as in JSON objects; entries keep the order written. */
final class MapConstruction extends Node {

    private final List<Node> keys;
    private final List<Node> values;

    MapConstruction(int position, List<Node> keys, List<Node> values) {
        super(position, Stream.concat(keys.stream(), values.stream()).toArray(Node[]::new));
        this.keys = List.copyOf(keys);
        this.values = List.copyOf(values);
    }

    @Override
    Object compute(Evaluation evaluation) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Object key = keys.get(i).evaluate(evaluation);
            if (!(key instanceof String name)) {
                throw new ValueException("map keys must be strings, not " + ValueDescription.describe(key));
            }
            if (map.containsKey(name)) {
                throw new ValueException("the key '" + name + "' appears twice in the map");
            }
            map.put(name, values.get(i).evaluate(evaluation));
        }
        return map;
    }
}
