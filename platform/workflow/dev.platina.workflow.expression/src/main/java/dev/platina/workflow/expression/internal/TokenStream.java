package dev.platina.workflow.expression.internal;

import dev.platina.workflow.expression.ExpressionException;
import java.util.List;

/** The parser's cursor over the tokens, and the "expected … but found …" errors. */
final class TokenStream {

    private final List<Token> tokens;
    private int next;

    TokenStream(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(next);
    }

    boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    /** Returns the current token and moves past it; the end token is never passed. */
    Token advance() {
        Token token = tokens.get(next);
        if (token.kind() != TokenKind.END) {
            next++;
        }
        return token;
    }

    Token expect(TokenKind kind, String description) {
        if (!at(kind)) {
            throw expected(description, peek());
        }
        return advance();
    }

    static ExpressionException expected(String description, Token found) {
        return error(found, "expected " + description + " but found " + found.describe());
    }

    static ExpressionException error(Token token, String reason) {
        return Lexer.error(token.position(), reason);
    }
}
