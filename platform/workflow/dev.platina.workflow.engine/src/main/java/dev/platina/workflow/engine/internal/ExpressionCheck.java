package dev.platina.workflow.engine.internal;

import dev.platina.workflow.expression.Expression;
import dev.platina.workflow.expression.ExpressionException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles the expressions of a definition at save time, so a typo is reported at its place instead of failing a
 * run later. Conditions are expressions; in step inputs and proposals a text beginning with '=' is one (write '=='
 * for a text that really begins with '=').
 */
final class ExpressionCheck {

    /** What an expression can read: the run's input, earlier steps' outputs, the trigger, the run itself. */
    static final Set<String> VARIABLES = Set.of("input", "steps", "trigger", "run");

    /** An event trigger's filter reads the event, and its data as {@code input} (what the run's input will be). */
    static final Set<String> EVENT_FILTER_VARIABLES = Set.of("event", "input");

    /** A wait's {@code match} reads what the run's expressions read, and the event that arrived. */
    static final Set<String> EVENT_WAIT_VARIABLES = Set.of("input", "steps", "trigger", "run", "event");

    private final Problems problems;

    ExpressionCheck(Problems problems) {
        this.problems = problems;
    }

    void expression(String place, String source) {
        expression(place, source, VARIABLES);
    }

    void expression(String place, String source, Set<String> readable) {
        try {
            Expression expression = Expression.compile(source);
            var unknown = new TreeSet<>(expression.variables());
            unknown.removeAll(readable);
            if (!unknown.isEmpty()) {
                problems.add(place, "reads " + String.join(", ", unknown) + ", which does not exist here; expressions"
                        + " can read " + String.join(", ", new TreeSet<>(readable)));
            }
        } catch (ExpressionException e) {
            problems.add(place, e.getMessage());
        }
    }

    /** Checks every '=' text in a JSON value, however deep. */
    void values(String place, Object value) {
        if (value instanceof String text && isExpression(text)) {
            expression(place, text.substring(1));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> values(place + "." + key, inner));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                values(place + "[" + i + "]", list.get(i));
            }
        }
    }

    static boolean isExpression(String text) {
        return text.startsWith("=") && !text.startsWith("==");
    }
}
