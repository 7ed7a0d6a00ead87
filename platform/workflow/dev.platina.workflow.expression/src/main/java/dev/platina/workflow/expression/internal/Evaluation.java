package dev.platina.workflow.expression.internal;

import dev.platina.workflow.expression.ExpressionException;
import java.util.Map;

/** The state of one evaluation: the caller's variables, the names bound by list macros, and the work done so far. */
final class Evaluation {

    private final Map<String, ?> variables;
    private Binding bindings;
    private long cost;

    Evaluation(Map<String, ?> variables) {
        this.variables = variables;
    }

    Object variable(String name) {
        if (!variables.containsKey(name)) {
            throw new ValueException("no variable named '" + name + "' was given");
        }
        return Values.of(variables.get(name));
    }

    /** The value a list macro bound to {@code name}; the parser only creates such lookups inside the macro. */
    Object bound(String name) {
        for (Binding binding = bindings; binding != null; binding = binding.outer) {
            if (binding.name.equals(name)) {
                return binding.value;
            }
        }
        throw new IllegalStateException("'" + name + "' is not bound");
    }

    void bind(String name, Object value) {
        bindings = new Binding(name, value, bindings);
    }

    void unbind() {
        bindings = bindings.outer;
    }

    void charge(long units) {
        cost += units;
        if (cost > Limits.MAX_COST) {
            throw new ExpressionException(0, "the expression needs too much work to evaluate: it went over "
                    + Limits.format(Limits.MAX_COST) + " steps");
        }
    }

    private record Binding(String name, Object value, Binding outer) {}
}
