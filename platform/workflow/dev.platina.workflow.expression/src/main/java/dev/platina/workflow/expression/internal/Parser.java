package dev.platina.workflow.expression.internal;

import dev.platina.workflow.expression.ExpressionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Recursive descent over CEL's grammar, lowest precedence first: {@code ?:}, {@code ||}, {@code &&}, the relations
 * ({@code < <= > >= == != in}, one level as in CEL), {@code + -}, {@code * / %}, unary {@code ! -}, then member access
 * and calls. Recursion only happens for nested sub-expressions and is capped at the depth limit, so no input can
 * overflow the stack.
 */
final class Parser {

    record Result(Node root, Set<String> variables) {}

    private static final int MAX_QUOTED_SOURCE = 40;

    private final String source;
    private final TokenStream tokens;
    private final Deque<String> boundNames = new ArrayDeque<>();
    private final Set<String> variables = new LinkedHashSet<>();
    private int nesting;

    private Parser(String source) {
        this.source = source;
        this.tokens = new TokenStream(Lexer.tokenise(source));
    }

    static Result parse(String source) {
        Parser parser = new Parser(source);
        Node root = parser.parseExpression();
        if (!parser.tokens.at(TokenKind.END)) {
            throw TokenStream.expected("an operator or the end of the expression", parser.tokens.peek());
        }
        return new Result(root, Collections.unmodifiableSet(parser.variables));
    }

    private Node parseExpression() {
        if (++nesting > Limits.MAX_DEPTH) {
            throw tooDeep(tokens.peek().position());
        }
        try {
            Node condition = parseOr();
            if (!tokens.at(TokenKind.QUESTION)) {
                return condition;
            }
            Token question = tokens.advance();
            Node whenTrue = parseOr();
            tokens.expect(TokenKind.COLON, "':' after the '?' branch");
            Node whenFalse = parseExpression();
            return checked(new Conditional(question.position(), condition, whenTrue, whenFalse));
        } finally {
            nesting--;
        }
    }

    private Node parseOr() {
        return parseLogicalChain(TokenKind.OR, this::parseAnd);
    }

    private Node parseAnd() {
        return parseLogicalChain(TokenKind.AND, this::parseRelation);
    }

    private Node parseLogicalChain(TokenKind operator, Supplier<Node> operand) {
        List<Node> operands = new ArrayList<>(List.of(operand.get()));
        List<Integer> positions = new ArrayList<>();
        while (tokens.at(operator)) {
            positions.add(tokens.advance().position());
            operands.add(operand.get());
        }
        return checked(Logical.chain(operator == TokenKind.AND, operands, positions));
    }

    private Node parseRelation() {
        Node left = parseAddition();
        while (true) {
            Token operator = tokens.peek();
            switch (operator.kind()) {
                case LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL, IN -> tokens.advance();
                default -> {
                    return left;
                }
            }
            left = checked(Operators.relation(operator, left, parseAddition()));
        }
    }

    private Node parseAddition() {
        Node left = parseMultiplication();
        while (tokens.at(TokenKind.PLUS) || tokens.at(TokenKind.MINUS)) {
            Token operator = tokens.advance();
            left = checked(Operators.arithmetic(operator, left, parseMultiplication()));
        }
        return left;
    }

    private Node parseMultiplication() {
        Node left = parseUnary();
        while (tokens.at(TokenKind.STAR) || tokens.at(TokenKind.SLASH) || tokens.at(TokenKind.PERCENT)) {
            Token operator = tokens.advance();
            left = checked(Operators.arithmetic(operator, left, parseUnary()));
        }
        return left;
    }

    /** Prefixes are collected in a loop rather than by recursion: {@code !!!!…} must not reach the stack. */
    private Node parseUnary() {
        List<Token> prefixes = new ArrayList<>();
        while (tokens.at(TokenKind.BANG) || tokens.at(TokenKind.MINUS)) {
            prefixes.add(tokens.advance());
        }
        Node node = parseMember();
        for (int i = prefixes.size() - 1; i >= 0; i--) {
            Token prefix = prefixes.get(i);
            node = checked(prefix.kind() == TokenKind.BANG
                    ? new Not(prefix.position(), node)
                    : new Negation(prefix.position(), node));
        }
        return node;
    }

    private Node parseMember() {
        int start = tokens.peek().position();
        Node node = parsePrimary();
        while (true) {
            Token token = tokens.peek();
            if (token.kind() == TokenKind.DOT) {
                tokens.advance();
                Token name = tokens.expect(TokenKind.IDENTIFIER, "a field or function name after '.'");
                node = tokens.at(TokenKind.LEFT_PAREN)
                        ? parseMethodCall(node, name)
                        : checked(new FieldSelection(name.position(), node, name.text(), quote(start, token)));
            } else if (token.kind() == TokenKind.LEFT_BRACKET) {
                tokens.advance();
                Node index = parseExpression();
                tokens.expect(TokenKind.RIGHT_BRACKET, "']'");
                node = checked(new IndexAccess(token.position(), node, index, quote(start, token)));
            } else {
                return node;
            }
        }
    }

    private Node parsePrimary() {
        Token token = tokens.advance();
        return switch (token.kind()) {
            case INTEGER, DECIMAL, STRING -> new Literal(token.position(), token.value());
            case TRUE, FALSE -> new Literal(token.position(), token.kind() == TokenKind.TRUE);
            case NULL -> new Literal(token.position(), null);
            case IDENTIFIER -> tokens.at(TokenKind.LEFT_PAREN) ? parseGlobalCall(token) : reference(token);
            case LEFT_PAREN -> {
                Node inner = parseExpression();
                tokens.expect(TokenKind.RIGHT_PAREN, "')'");
                yield inner;
            }
            case LEFT_BRACKET -> parseList(token);
            case LEFT_BRACE -> parseMap(token);
            default -> throw TokenStream.expected("a value", token);
        };
    }

    private Node reference(Token name) {
        if (boundNames.contains(name.text())) {
            return new BoundReference(name.position(), name.text());
        }
        variables.add(name.text());
        return new VariableReference(name.position(), name.text());
    }

    private Node parseList(Token open) {
        List<Node> elements = new ArrayList<>();
        while (!tokens.at(TokenKind.RIGHT_BRACKET)) {
            elements.add(parseExpression());
            if (!tokens.at(TokenKind.RIGHT_BRACKET)) {
                tokens.expect(TokenKind.COMMA, "',' or ']'");
            }
        }
        tokens.advance();
        return checked(new ListConstruction(open.position(), elements));
    }

    private Node parseMap(Token open) {
        List<Node> keys = new ArrayList<>();
        List<Node> values = new ArrayList<>();
        while (!tokens.at(TokenKind.RIGHT_BRACE)) {
            keys.add(parseExpression());
            tokens.expect(TokenKind.COLON, "':' after the map key");
            values.add(parseExpression());
            if (!tokens.at(TokenKind.RIGHT_BRACE)) {
                tokens.expect(TokenKind.COMMA, "',' or '}'");
            }
        }
        tokens.advance();
        return checked(new MapConstruction(open.position(), keys, values));
    }

    private Node parseGlobalCall(Token name) {
        tokens.advance();
        if (name.text().equals("has")) {
            return parseHas(name);
        }
        BuiltinFunction function = BuiltinFunction.resolve(name, false);
        return call(name, function, new ArrayList<>(), parseArguments());
    }

    private Node parseMethodCall(Node receiver, Token name) {
        tokens.advance();
        Comprehension.Kind macro = Comprehension.Kind.named(name.text());
        if (macro != null) {
            return parseComprehension(receiver, name, macro);
        }
        BuiltinFunction function = BuiltinFunction.resolve(name, true);
        return call(name, function, new ArrayList<>(List.of(receiver)), parseArguments());
    }

    private Node call(Token name, BuiltinFunction function, List<Node> receiver, List<Node> arguments) {
        function.checkArgumentCount(name, arguments.size());
        receiver.addAll(arguments);
        return checked(new FunctionCall(name.position(), function, receiver));
    }

    /** {@code has(a.b)} is syntax, not a call: its argument is never evaluated as a whole. */
    private Node parseHas(Token name) {
        List<Node> arguments = parseArguments();
        if (arguments.size() != 1 || !(arguments.get(0) instanceof FieldSelection selection)) {
            throw TokenStream.error(name, "has() needs one field selection, as in has(input.amount)");
        }
        return checked(new FieldPresence(name.position(), selection.target(), selection.field()));
    }

    private Node parseComprehension(Node range, Token name, Comprehension.Kind kind) {
        Token variable = tokens.peek();
        if (variable.kind() != TokenKind.IDENTIFIER) {
            throw TokenStream.expected("a name for each element, as in items." + name.text() + "(item, …),", variable);
        }
        tokens.advance();
        tokens.expect(TokenKind.COMMA, "','");
        boundNames.push(variable.text());
        Node body;
        try {
            body = parseExpression();
        } finally {
            boundNames.pop();
        }
        tokens.expect(TokenKind.RIGHT_PAREN, "')'");
        return checked(new Comprehension(name.position(), kind, range, variable.text(), body));
    }

    /** The arguments after an opening parenthesis, up to and including the closing one. */
    private List<Node> parseArguments() {
        List<Node> arguments = new ArrayList<>();
        if (tokens.at(TokenKind.RIGHT_PAREN)) {
            tokens.advance();
            return arguments;
        }
        arguments.add(parseExpression());
        while (tokens.at(TokenKind.COMMA)) {
            tokens.advance();
            arguments.add(parseExpression());
        }
        tokens.expect(TokenKind.RIGHT_PAREN, "',' or ')'");
        return arguments;
    }

    private Node checked(Node node) {
        if (node.depth() > Limits.MAX_DEPTH) {
            throw tooDeep(node.position());
        }
        return node;
    }

    /** The source from {@code start} up to {@code end}, shortened, to name a value in messages. */
    private String quote(int start, Token end) {
        String text = source.substring(start, end.position()).strip();
        return text.length() <= MAX_QUOTED_SOURCE ? text : text.substring(0, MAX_QUOTED_SOURCE) + "…";
    }

    private static ExpressionException tooDeep(int position) {
        return Lexer.error(
                position, "the expression is nested too deeply; the limit is " + Limits.MAX_DEPTH + " levels");
    }
}
