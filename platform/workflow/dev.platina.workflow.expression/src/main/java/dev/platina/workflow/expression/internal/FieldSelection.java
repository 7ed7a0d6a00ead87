package dev.platina.workflow.expression.internal;

import java.util.Map;

/** {@code a.b}: a field of a map. Only maps have fields, so this can never reach a Java field or method. */
final class FieldSelection extends Node {

    private final Node target;
    private final String field;
    private final String targetText;

    /** @param targetText the source of {@code target}, to name it in messages: "input has no field 'amount'" */
    FieldSelection(int position, Node target, String field, String targetText) {
        super(position, target);
        this.target = target;
        this.field = field;
        this.targetText = targetText;
    }

    Node target() {
        return target;
    }

    String field() {
        return field;
    }

    @Override
    Object compute(Evaluation evaluation) {
        Object value = target.evaluate(evaluation);
        if (value instanceof Map<?, ?> map) {
            if (!Values.hasField(map, field)) {
                throw new ValueException(targetText + " has no field '" + field + "'");
            }
            return Values.of(map.get(field));
        }
        if (value == null) {
            throw new ValueException(targetText + " is null, so it has no field '" + field + "'");
        }
        throw new ValueException("cannot read field '" + field + "' of " + ValueDescription.describe(value)
                + "; only maps have fields");
    }
}
