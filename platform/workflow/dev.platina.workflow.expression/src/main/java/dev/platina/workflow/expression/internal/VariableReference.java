package dev.platina.workflow.expression.internal;

/** A top-level name such as {@code input}, read from the caller's variables. */
final class VariableReference extends Node {

    private final String name;

    VariableReference(int position, String name) {
        super(position);
        this.name = name;
    }

    @Override
    Object compute(Evaluation evaluation) {
        return evaluation.variable(name);
    }
}
