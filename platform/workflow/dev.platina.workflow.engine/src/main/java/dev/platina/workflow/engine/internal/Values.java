package dev.platina.workflow.engine.internal;

import dev.platina.workflow.expression.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates the '=' texts of a step's input or an approval's proposal against the run's variables. */
final class Values {

    private Values() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> resolve(Map<String, Object> template, Map<String, Object> variables) {
        return (Map<String, Object>) resolveValue(template, variables);
    }

    private static Object resolveValue(Object value, Map<String, Object> variables) {
        if (value instanceof String text && ExpressionCheck.isExpression(text)) {
            return Expression.compile(text.substring(1)).evaluate(variables);
        }
        if (value instanceof String text && text.startsWith("==")) {
            return text.substring(1);
        }
        if (value instanceof Map<?, ?> map) {
            var resolved = new LinkedHashMap<String, Object>();
            map.forEach((key, inner) -> resolved.put(String.valueOf(key), resolveValue(inner, variables)));
            return resolved;
        }
        if (value instanceof List<?> list) {
            var resolved = new ArrayList<Object>();
            list.forEach(inner -> resolved.add(resolveValue(inner, variables)));
            return resolved;
        }
        return value;
    }
}
