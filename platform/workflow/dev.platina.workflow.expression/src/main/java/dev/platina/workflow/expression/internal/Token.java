package dev.platina.workflow.expression.internal;

/**
 * One lexical token. {@code text} is the name for identifiers and the source text otherwise; {@code value} is the
 * literal's value (Long, BigDecimal or String) and null for everything else.
 */
record Token(TokenKind kind, String text, Object value, int position) {

    /** How parse errors name the token: "')'", "number 12", "end of expression". */
    String describe() {
        return switch (kind) {
            case END -> "end of expression";
            case INTEGER, DECIMAL -> "number " + text;
            case STRING -> "string " + ValueDescription.render(value);
            case IDENTIFIER -> "name '" + text + "'";
            default -> "'" + kind.symbol() + "'";
        };
    }
}
