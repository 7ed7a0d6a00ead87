package dev.platina.workflow.expression.internal;

import java.util.ArrayList;
import java.util.List;

/** {@code + - * / %}. Besides adding numbers, {@code +} joins two strings or two lists. */
final class Arithmetic extends BinaryNode {

    enum Operator {
        ADD("+"),
        SUBTRACT("-"),
        MULTIPLY("*"),
        DIVIDE("/"),
        REMAINDER("%");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    private final Operator operator;

    Arithmetic(int position, Operator operator, Node left, Node right) {
        super(position, left, right);
        this.operator = operator;
    }

    @Override
    Object compute(Evaluation evaluation) {
        Object a = left.evaluate(evaluation);
        Object b = right.evaluate(evaluation);
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return switch (operator) {
                case ADD -> Numbers.add(a, b);
                case SUBTRACT -> Numbers.subtract(a, b);
                case MULTIPLY -> Numbers.multiply(a, b);
                case DIVIDE -> Numbers.divide(a, b);
                case REMAINDER -> Numbers.remainder(a, b);
            };
        }
        if (operator == Operator.ADD && a instanceof String first && b instanceof String second) {
            Limits.checkStringLength((long) first.length() + second.length());
            evaluation.charge(first.length() + second.length());
            return first + second;
        }
        if (operator == Operator.ADD && a instanceof List<?> first && b instanceof List<?> second) {
            return join(first, second, evaluation);
        }
        throw new ValueException(mismatch(a, b));
    }

    private static List<Object> join(List<?> first, List<?> second, Evaluation evaluation) {
        Limits.checkListSize((long) first.size() + second.size());
        evaluation.charge(first.size() + second.size());
        List<Object> joined = new ArrayList<>(first.size() + second.size());
        joined.addAll(first);
        joined.addAll(second);
        return joined;
    }

    private String mismatch(Object a, Object b) {
        String problem = "cannot apply '" + operator.symbol + "' to " + ValueDescription.describe(a) + " and "
                + ValueDescription.describe(b);
        boolean textAndNumber =
                (a instanceof String && Numbers.isNumber(b)) || (Numbers.isNumber(a) && b instanceof String);
        return operator == Operator.ADD && textAndNumber ? problem + "; convert the number with string()" : problem;
    }
}
