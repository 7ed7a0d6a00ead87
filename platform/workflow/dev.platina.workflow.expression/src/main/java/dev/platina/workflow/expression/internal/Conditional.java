package dev.platina.workflow.expression.internal;

/** {@code condition ? a : b}; only the chosen branch is evaluated. */
final class Conditional extends Node {

    private final Node condition;
    private final Node whenTrue;
    private final Node whenFalse;

    Conditional(int position, Node condition, Node whenTrue, Node whenFalse) {
        super(position, condition, whenTrue, whenFalse);
        this.condition = condition;
        this.whenTrue = whenTrue;
        this.whenFalse = whenFalse;
    }

    @Override
    Object compute(Evaluation evaluation) {
        boolean chosen = condition.evaluateCondition(evaluation, "the condition before '?' must be true or false");
        return chosen ? whenTrue.evaluate(evaluation) : whenFalse.evaluate(evaluation);
    }
}
