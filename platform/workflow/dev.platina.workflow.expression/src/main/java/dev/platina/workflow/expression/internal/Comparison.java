package dev.platina.workflow.expression.internal;

/** {@code < <= > >=} on two numbers or two strings. */
final class Comparison extends BinaryNode {

    enum Operator {
        LESS("<"),
        LESS_OR_EQUAL("<="),
        GREATER(">"),
        GREATER_OR_EQUAL(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(int order) {
            return switch (this) {
                case LESS -> order < 0;
                case LESS_OR_EQUAL -> order <= 0;
                case GREATER -> order > 0;
                case GREATER_OR_EQUAL -> order >= 0;
            };
        }
    }

    private final Operator operator;

    Comparison(int position, Operator operator, Node left, Node right) {
        super(position, left, right);
        this.operator = operator;
    }

    @Override
    Object compute(Evaluation evaluation) {
        Object a = left.evaluate(evaluation);
        Object b = right.evaluate(evaluation);
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return operator.holds(Numbers.compare(a, b));
        }
        if (a instanceof String first && b instanceof String second) {
            evaluation.charge(Math.min(first.length(), second.length()));
            return operator.holds(compareCodePoints(first, second));
        }
        throw new ValueException("cannot compare " + ValueDescription.describe(a) + " with "
                + ValueDescription.describe(b) + " using '" + operator.symbol + "'");
    }

    /** Orders by Unicode code point as CEL does; String.compareTo orders by UTF-16 unit, which differs past U+FFFF. */
    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
