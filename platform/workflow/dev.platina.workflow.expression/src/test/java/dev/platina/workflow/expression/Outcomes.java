package dev.platina.workflow.expression;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

/** Compiles and evaluates in one step, so each test reads as source in, value or error out. */
final class Outcomes {

    private Outcomes() {}

    static Object evaluate(String source) {
        return evaluate(source, Map.of());
    }

    static Object evaluate(String source, Map<String, ?> variables) {
        return Expression.compile(source).evaluate(variables);
    }

    /** The error compiling or evaluating {@code source} raises, or null when there is none. */
    static ExpressionException failureOf(String source) {
        return failureOf(source, Map.of());
    }

    static ExpressionException failureOf(String source, Map<String, ?> variables) {
        return catchThrowableOfType(ExpressionException.class, () -> evaluate(source, variables));
    }
}
