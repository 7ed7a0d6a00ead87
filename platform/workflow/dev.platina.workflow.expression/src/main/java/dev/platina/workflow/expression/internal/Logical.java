package dev.platina.workflow.expression.internal;

import java.util.List;

/**
 * {@code &&} and {@code ||}, evaluated left to right with short circuit: {@code false && (1 / 0 == 1)} is false.
 * Unlike CEL, an error on the left is not absorbed by the right side; nobody writes conditions that rely on that.
 */
final class Logical extends BinaryNode {

    private final boolean and;

    Logical(int position, boolean and, Node left, Node right) {
        super(position, left, right);
        this.and = and;
    }

    /**
     * Builds {@code a && b && c && d} as a balanced tree, as CEL's own parser does, so a condition of 100 clauses is 7
     * levels deep rather than 100. Evaluation order and short circuit stay left to right.
     *
     * @param positions where each operator is, between operand {@code i} and {@code i + 1}
     */
    static Node chain(boolean and, List<Node> operands, List<Integer> positions) {
        return balance(and, operands, positions, 0, operands.size() - 1);
    }

    private static Node balance(boolean and, List<Node> operands, List<Integer> positions, int first, int last) {
        if (first == last) {
            return operands.get(first);
        }
        int middle = (first + last) / 2;
        Node left = balance(and, operands, positions, first, middle);
        Node right = balance(and, operands, positions, middle + 1, last);
        return new Logical(positions.get(middle), and, left, right);
    }

    @Override
    Object compute(Evaluation evaluation) {
        String symbol = and ? "'&&'" : "'||'";
        boolean first = left.evaluateCondition(evaluation, symbol + " needs true or false on its left");
        if (first != and) {
            return first;
        }
        return right.evaluateCondition(evaluation, symbol + " needs true or false on its right");
    }
}
