package dev.platina.workflow.expression.internal;

enum TokenKind {
    IDENTIFIER(null),
    INTEGER(null),
    DECIMAL(null),
    STRING(null),
    TRUE("true"),
    FALSE("false"),
    NULL("null"),
    IN("in"),
    LEFT_PAREN("("),
    RIGHT_PAREN(")"),
    LEFT_BRACKET("["),
    RIGHT_BRACKET("]"),
    LEFT_BRACE("{"),
    RIGHT_BRACE("}"),
    DOT("."),
    COMMA(","),
    COLON(":"),
    QUESTION("?"),
    PLUS("+"),
    MINUS("-"),
    STAR("*"),
    SLASH("/"),
    PERCENT("%"),
    BANG("!"),
    LESS("<"),
    LESS_EQUAL("<="),
    GREATER(">"),
    GREATER_EQUAL(">="),
    EQUAL("=="),
    NOT_EQUAL("!="),
    AND("&&"),
    OR("||"),
    END(null);

    private final String symbol;

    TokenKind(String symbol) {
        this.symbol = symbol;
    }

    /** The fixed text of keywords and punctuation; null for names, literals and the end. */
    String symbol() {
        return symbol;
    }
}
