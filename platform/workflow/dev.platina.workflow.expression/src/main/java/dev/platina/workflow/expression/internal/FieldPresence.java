package dev.platina.workflow.expression.internal;

import java.util.Map;

/**
 * The {@code has(a.b)} macro: whether map {@code a} has field {@code b}, without failing when it does not. A null
 * {@code a} has no fields, so {@code has(a.b)} is false there too; CEL would fail, but JSON inputs hold nulls often.
 */
final class FieldPresence extends Node {

    private final Node target;
    private final String field;

    FieldPresence(int position, Node target, String field) {
        super(position, target);
        this.target = target;
        this.field = field;
    }

    @Override
    Object compute(Evaluation evaluation) {
        Object value = target.evaluate(evaluation);
        if (value instanceof Map<?, ?> map) {
            return Values.hasField(map, field);
        }
        if (value == null) {
            return false;
        }
        throw new ValueException("has() tests fields of maps, not of " + ValueDescription.describe(value));
    }
}
