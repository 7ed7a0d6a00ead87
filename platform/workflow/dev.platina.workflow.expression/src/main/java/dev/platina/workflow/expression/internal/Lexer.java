package dev.platina.workflow.expression.internal;

import dev.platina.workflow.expression.ExpressionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Splits source text into tokens. The whole source is tokenised up front: it is at most 4,096 characters. */
final class Lexer {

    private static final Map<String, TokenKind> KEYWORDS =
            Map.of("true", TokenKind.TRUE, "false", TokenKind.FALSE, "null", TokenKind.NULL, "in", TokenKind.IN);

    /** CEL reserves these so they can become language features later; rejecting them keeps us a subset. */
    private static final Set<String> RESERVED = Set.of("as", "break", "const", "continue", "else", "for", "function",
            "if", "import", "let", "loop", "package", "namespace", "return", "var", "void", "while");

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int offset;

    private Lexer(String source) {
        this.source = source;
    }

    static List<Token> tokenise(String source) {
        Lexer lexer = new Lexer(source);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipSpaceAndComments();
            if (offset >= source.length()) {
                tokens.add(new Token(TokenKind.END, "", null, source.length()));
                return;
            }
            char c = source.charAt(offset);
            if (isDigit(c)) {
                number();
            } else if (isNameStart(c)) {
                name();
            } else if (c == '\'' || c == '"') {
                tokens.add(StringLiteral.read(source, offset));
                offset += tokens.get(tokens.size() - 1).text().length();
            } else {
                punctuation(c);
            }
        }
    }

    private void skipSpaceAndComments() {
        while (offset < source.length()) {
            char c = source.charAt(offset);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                offset++;
            } else if (source.startsWith("//", offset)) {
                while (offset < source.length() && source.charAt(offset) != '\n') {
                    offset++;
                }
            } else {
                return;
            }
        }
    }

    private void number() {
        int start = offset;
        skipDigits();
        boolean decimal = false;
        if (offset + 1 < source.length() && source.charAt(offset) == '.' && isDigit(source.charAt(offset + 1))) {
            decimal = true;
            offset++;
            skipDigits();
        }
        if (offset < source.length() && (source.charAt(offset) == 'e' || source.charAt(offset) == 'E')) {
            int exponent = offset + 1;
            if (exponent < source.length() && (source.charAt(exponent) == '+' || source.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < source.length() && isDigit(source.charAt(exponent))) {
                decimal = true;
                offset = exponent;
                skipDigits();
            }
        }
        String text = source.substring(start, offset);
        try {
            Object value = decimal ? Numbers.parseDecimal(text) : (Object) Long.parseLong(text);
            tokens.add(new Token(decimal ? TokenKind.DECIMAL : TokenKind.INTEGER, text, value, start));
        } catch (NumberFormatException e) {
            throw error(start, "number " + abbreviate(text) + " is too large for an integer; the largest is "
                    + Long.MAX_VALUE);
        } catch (ValueException e) {
            throw error(start, e.getMessage());
        }
    }

    private void name() {
        int start = offset;
        while (offset < source.length() && (isNameStart(source.charAt(offset)) || isDigit(source.charAt(offset)))) {
            offset++;
        }
        String name = source.substring(start, offset);
        if (RESERVED.contains(name)) {
            throw error(start, "'" + name + "' is a reserved word and cannot be a name; read a field with that name"
                    + " as x['" + name + "']");
        }
        tokens.add(new Token(KEYWORDS.getOrDefault(name, TokenKind.IDENTIFIER), name, null, start));
    }

    private void punctuation(char c) {
        for (TokenKind kind : TokenKind.values()) {
            String symbol = kind.symbol();
            if (symbol != null && symbol.length() == 2 && source.startsWith(symbol, offset)) {
                tokens.add(new Token(kind, symbol, null, offset));
                offset += 2;
                return;
            }
        }
        for (TokenKind kind : TokenKind.values()) {
            String symbol = kind.symbol();
            if (symbol != null && symbol.length() == 1 && symbol.charAt(0) == c) {
                tokens.add(new Token(kind, symbol, null, offset));
                offset++;
                return;
            }
        }
        throw error(offset, switch (c) {
            case '=' -> "unexpected character '='; compare with '=='";
            case '&' -> "unexpected character '&'; write '&&' for 'and'";
            case '|' -> "unexpected character '|'; write '||' for 'or'";
            default -> "unexpected character " + describe(c);
        });
    }

    private void skipDigits() {
        while (offset < source.length() && isDigit(source.charAt(offset))) {
            offset++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static String describe(char c) {
        return c < ' ' || Character.isWhitespace(c) || Character.isISOControl(c)
                ? String.format("U+%04X", (int) c)
                : "'" + c + "'";
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }

    static ExpressionException error(int offset, String reason) {
        return new ExpressionException(offset + 1, reason);
    }
}
