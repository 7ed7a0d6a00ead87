package dev.platina.workflow.expression.internal;

import java.util.List;
import java.util.Map;

/** {@code a in b}: an element of a list (by deep equality) or a key of a map. */
final class Membership extends Node {

    private final Node element;
    private final Node container;

    Membership(int position, Node element, Node container) {
        super(position, element, container);
        this.element = element;
        this.container = container;
    }

    @Override
    Object compute(Evaluation evaluation) {
        Object value = element.evaluate(evaluation);
        Object collection = container.evaluate(evaluation);
        if (collection instanceof List<?> list) {
            for (Object candidate : list) {
                if (DeepEquality.equal(value, candidate, evaluation)) {
                    return true;
                }
            }
            return false;
        }
        if (collection instanceof Map<?, ?> map) {
            return value instanceof String key && Values.hasField(map, key);
        }
        String problem = "'in' needs a list or a map on the right, not " + ValueDescription.describe(collection);
        throw new ValueException(collection instanceof String ? problem + "; use contains() to search text" : problem);
    }
}
