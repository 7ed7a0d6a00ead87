package dev.platina.workflow.expression.internal;

/** Turns a binary operator token into the node that evaluates it. */
final class Operators {

    private Operators() {}

    static Node relation(Token operator, Node left, Node right) {
        int position = operator.position();
        return switch (operator.kind()) {
            case LESS -> new Comparison(position, Comparison.Operator.LESS, left, right);
            case LESS_EQUAL -> new Comparison(position, Comparison.Operator.LESS_OR_EQUAL, left, right);
            case GREATER -> new Comparison(position, Comparison.Operator.GREATER, left, right);
            case GREATER_EQUAL -> new Comparison(position, Comparison.Operator.GREATER_OR_EQUAL, left, right);
            case EQUAL -> new Equality(position, false, left, right);
            case NOT_EQUAL -> new Equality(position, true, left, right);
            case IN -> new Membership(position, left, right);
            default -> throw new IllegalArgumentException(operator.kind() + " is not a relation");
        };
    }

    static Node arithmetic(Token operator, Node left, Node right) {
        Arithmetic.Operator arithmetic = switch (operator.kind()) {
            case PLUS -> Arithmetic.Operator.ADD;
            case MINUS -> Arithmetic.Operator.SUBTRACT;
            case STAR -> Arithmetic.Operator.MULTIPLY;
            case SLASH -> Arithmetic.Operator.DIVIDE;
            case PERCENT -> Arithmetic.Operator.REMAINDER;
            default -> throw new IllegalArgumentException(operator.kind() + " is not arithmetic");
        };
        return new Arithmetic(operator.position(), arithmetic, left, right);
    }
}
