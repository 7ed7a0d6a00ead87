package dev.platina.workflow.expression.internal;

import dev.platina.workflow.expression.ExpressionException;

/**
 * A node of the parsed expression, evaluating itself. Each node knows where it was written, so any problem with the
 * values it works on is reported at its column.
 */
abstract class Node {

    private final int position;
    private final int depth;

    /** @param position the 0-based source offset errors of this node point to, usually its operator */
    Node(int position, Node... children) {
        this.position = position;
        int deepest = 0;
        for (Node child : children) {
            deepest = Math.max(deepest, child.depth);
        }
        this.depth = deepest + 1;
    }

    final Object evaluate(Evaluation evaluation) {
        evaluation.charge(1);
        try {
            return compute(evaluation);
        } catch (ValueException e) {
            throw new ExpressionException(position + 1, e.getMessage());
        }
    }

    abstract Object compute(Evaluation evaluation);

    final int position() {
        return position;
    }

    /** The height of the tree below and including this node; the evaluator recurses at most this deep. */
    final int depth() {
        return depth;
    }

    final boolean evaluateCondition(Evaluation evaluation, String requirement) {
        Object value = evaluate(evaluation);
        if (value instanceof Boolean condition) {
            return condition;
        }
        throw new ValueException(requirement + ", not " + ValueDescription.describe(value));
    }
}
