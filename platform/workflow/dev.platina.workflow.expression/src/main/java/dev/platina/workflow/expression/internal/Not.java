package dev.platina.workflow.expression.internal;

/** {@code !a}. */
final class Not extends Node {

    private final Node operand;

    Not(int position, Node operand) {
        super(position, operand);
        this.operand = operand;
    }

    @Override
    Object compute(Evaluation evaluation) {
        return !operand.evaluateCondition(evaluation, "'!' needs true or false");
    }
}
