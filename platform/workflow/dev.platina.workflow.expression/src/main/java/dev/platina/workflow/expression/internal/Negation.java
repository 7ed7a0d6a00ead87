package dev.platina.workflow.expression.internal;

/** Unary {@code -a}. */
final class Negation extends Node {

    private final Node operand;

    Negation(int position, Node operand) {
        super(position, operand);
        this.operand = operand;
    }

    @Override
    Object compute(Evaluation evaluation) {
        Object value = operand.evaluate(evaluation);
        if (!Numbers.isNumber(value)) {
            throw new ValueException("'-' needs a number, not " + ValueDescription.describe(value));
        }
        return Numbers.negate(value);
    }
}
