package dev.platina.workflow.expression.internal;

/** Reads one quoted string literal with CEL's common escapes. Raw, triple-quoted and byte strings are not supported. */
final class StringLiteral {

    private static final String ESCAPES = "\\n \\t \\r \\\\ \\' \\\" \\uXXXX";

    private StringLiteral() {}

    /** @param start the offset of the opening quote; the token's text is the literal as written, quotes included */
    static Token read(String source, int start) {
        char quote = source.charAt(start);
        StringBuilder value = new StringBuilder();
        int offset = start + 1;
        while (true) {
            if (offset >= source.length()) {
                throw Lexer.error(offset, "expected " + quote + " to close the string but found end of expression");
            }
            char c = source.charAt(offset);
            if (c == quote) {
                return new Token(TokenKind.STRING, source.substring(start, offset + 1), value.toString(), start);
            }
            if (c == '\n' || c == '\r') {
                throw Lexer.error(offset, "line break inside a string; write \\n instead");
            }
            if (c != '\\') {
                value.append(c);
                offset++;
                continue;
            }
            offset = escape(source, offset, value);
        }
    }

    /** Appends the escaped character at {@code backslash} and returns the offset after the escape. */
    private static int escape(String source, int backslash, StringBuilder value) {
        if (backslash + 1 >= source.length()) {
            throw Lexer.error(backslash, "expected an escape such as \\n after '\\' but found end of expression");
        }
        char code = source.charAt(backslash + 1);
        switch (code) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case '\\', '\'', '"' -> value.append(code);
            case 'u' -> {
                value.append(unicode(source, backslash));
                return backslash + 6;
            }
            default -> throw Lexer.error(backslash, "unknown escape '\\" + code + "'; use one of " + ESCAPES);
        }
        return backslash + 2;
    }

    private static char unicode(String source, int backslash) {
        int digits = backslash + 2;
        if (digits + 4 > source.length()) {
            throw Lexer.error(backslash, "expected 4 hex digits after \\u");
        }
        int code = 0;
        for (int i = digits; i < digits + 4; i++) {
            char c = source.charAt(i);
            // Character.digit alone would also accept non-ASCII digits such as '٣'.
            int digit = c < 128 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                throw Lexer.error(backslash, "expected 4 hex digits after \\u");
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }
}
