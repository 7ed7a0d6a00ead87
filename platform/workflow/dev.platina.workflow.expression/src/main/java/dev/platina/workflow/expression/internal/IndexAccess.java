package dev.platina.workflow.expression.internal;

import java.util.List;
import java.util.Map;

/** {@code a[0]} on a list, {@code a['key']} on a map. */
final class IndexAccess extends Node {

    private final Node target;
    private final Node index;
    private final String targetText;

    IndexAccess(int position, Node target, Node index, String targetText) {
        super(position, target, index);
        this.target = target;
        this.index = index;
        this.targetText = targetText;
    }

    @Override
    Object compute(Evaluation evaluation) {
        Object value = target.evaluate(evaluation);
        Object key = index.evaluate(evaluation);
        if (value instanceof List<?> list) {
            if (!(key instanceof Long position)) {
                throw new ValueException("a list index must be an integer, not " + ValueDescription.describe(key));
            }
            if (position < 0 || position >= list.size()) {
                throw new ValueException("index " + position + " is outside " + targetText + ", which has "
                        + list.size() + (list.size() == 1 ? " element" : " elements"));
            }
            return Values.of(list.get(position.intValue()));
        }
        if (value instanceof Map<?, ?> map) {
            if (!(key instanceof String field)) {
                throw new ValueException("map keys are strings, not " + ValueDescription.describe(key));
            }
            if (!Values.hasField(map, field)) {
                throw new ValueException(targetText + " has no field '" + field + "'");
            }
            return Values.of(map.get(field));
        }
        if (value == null) {
            throw new ValueException(targetText + " is null, so it cannot be indexed");
        }
        throw new ValueException("cannot index " + ValueDescription.describe(value) + "; only lists and maps can be");
    }
}
