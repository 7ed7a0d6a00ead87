package dev.platina.workflow.expression.internal;

final class Literal extends Node {

    private final Object value;

    Literal(int position, Object value) {
        super(position);
        this.value = value;
    }

    @Override
    Object compute(Evaluation evaluation) {
        return value;
    }
}
