package dev.platina.workflow.expression;

import dev.platina.workflow.expression.internal.Program;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A compiled workflow expression, written in a subset of CEL: {@code input.amount > 1000 && input.currency == 'EUR'}.
 * Immutable and safe to share between threads: compile once when the workflow is saved, evaluate on every run.
 *
 * <p>Evaluation can only read the variables it is given and compute with the whitelisted operators and functions:
 * there is no way to reach Java classes, methods or fields, and no loops beyond the bounded list macros. Source
 * length, nesting depth, the size of produced strings and lists, and the total work are all limited, so a hostile
 * expression fails with an {@link ExpressionException} instead of exhausting the node (see the module README).
 *
 * <p>Values are JSON-like: {@code null}, {@link Boolean}, {@link Long} for integers, {@link java.math.BigDecimal} for
 * decimals, {@link String}, {@code List<Object>} and {@code Map<String, Object>}. Variables may also hold the other
 * JDK number types (Integer, Double, BigInteger…), CharSequences and enums; they are read as the matching value.
 * Values of any other class are refused rather than inspected.
 *
 * <p>Why decimals are {@code BigDecimal} rather than CEL's {@code double}: workflow conditions compare and compute
 * money, where {@code 0.1 + 0.2 == 0.3} must hold and {@code 19.99} must stay {@code 19.99}. Decimal arithmetic
 * keeps 34 significant digits (IEEE 754 decimal128); {@code double(x)} converts to such a decimal. Integer
 * arithmetic stays integer and fails on overflow rather than wrapping; {@code 7 / 2} is {@code 3} as in CEL (write
 * {@code 7 / 2.0} for {@code 3.5}); an integer mixed with a decimal gives a decimal; {@code 1 == 1.0} is true.
 */
public final class Expression {

    private final String source;
    private final Program program;

    private Expression(String source, Program program) {
        this.source = source;
        this.program = program;
    }

    /**
     * Parses and checks an expression: syntax, nesting depth, known functions and their argument counts.
     *
     * @throws ExpressionException with the column of the first problem
     */
    public static Expression compile(String source) {
        Objects.requireNonNull(source, "source");
        return new Expression(source, Program.compile(source));
    }

    /**
     * Evaluates the expression.
     *
     * @param variables the top-level names the expression may read, such as {@code input}, {@code steps} and
     *     {@code run}, with JSON-like values
     * @return a JSON-like value built from fresh, unmodifiable lists and maps
     * @throws ExpressionException when a value has the wrong type, a field or variable is missing, arithmetic fails
     *     or a limit is reached
     */
    public Object evaluate(Map<String, ?> variables) {
        Objects.requireNonNull(variables, "variables");
        return program.evaluate(variables);
    }

    /**
     * Evaluates the expression as a condition.
     *
     * @throws ExpressionException as {@link #evaluate(Map)} does, and when the result is not a boolean
     */
    public boolean test(Map<String, ?> variables) {
        Objects.requireNonNull(variables, "variables");
        return program.test(variables);
    }

    /**
     * The top-level variable names the expression reads, in order of first use, so a workflow validator can check that
     * each will be there. Names bound by list macros ({@code item} in {@code items.all(item, ...)}) are not included.
     */
    public Set<String> variables() {
        return program.variables();
    }

    public String source() {
        return source;
    }

    /** Two expressions are equal when their sources are: compiling is deterministic. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Expression expression && source.equals(expression.source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}
