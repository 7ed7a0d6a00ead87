package dev.platina.workflow.expression.internal;

/** {@code ==} and {@code !=}: deep equality on any two values, never an error. */
final class Equality extends BinaryNode {

    private final boolean negated;

    Equality(int position, boolean negated, Node left, Node right) {
        super(position, left, right);
        this.negated = negated;
    }

    @Override
    Object compute(Evaluation evaluation) {
        return negated != DeepEquality.equal(left.evaluate(evaluation), right.evaluate(evaluation), evaluation);
    }
}
