package dev.platina.workflow.expression.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The list macros {@code all}, {@code exists}, {@code map} and {@code filter}: {@code items.all(item, item.price > 0)}.
 * They are the only iteration in the language, each over a list (or a map's keys) that already exists, so the work is
 * bounded by the data; nested macros multiply it, which the evaluation's work limit caps.
 */
final class Comprehension extends Node {

    enum Kind {
        ALL("all"),
        EXISTS("exists"),
        MAP("map"),
        FILTER("filter");

        private final String macroName;

        Kind(String macroName) {
            this.macroName = macroName;
        }

        static Kind named(String name) {
            for (Kind kind : values()) {
                if (kind.macroName.equals(name)) {
                    return kind;
                }
            }
            return null;
        }
    }

    private final Kind kind;
    private final Node range;
    private final String variable;
    private final Node body;

    Comprehension(int position, Kind kind, Node range, String variable, Node body) {
        super(position, range, body);
        this.kind = kind;
        this.range = range;
        this.variable = variable;
        this.body = body;
    }

    @Override
    Object compute(Evaluation evaluation) {
        Collection<?> elements = elements(range.evaluate(evaluation));
        List<Object> results = new ArrayList<>();
        if (kind == Kind.MAP) {
            Limits.checkListSize(elements.size());
        }
        for (Object element : elements) {
            Object value = Values.of(element);
            evaluation.bind(variable, value);
            try {
                if (kind == Kind.MAP) {
                    results.add(body.evaluate(evaluation));
                    continue;
                }
                boolean holds = body.evaluateCondition(
                        evaluation, kind.macroName + "() needs its condition to give true or false");
                if (kind == Kind.ALL && !holds) {
                    return false;
                } else if (kind == Kind.EXISTS && holds) {
                    return true;
                } else if (kind == Kind.FILTER && holds) {
                    results.add(value);
                }
            } finally {
                evaluation.unbind();
            }
        }
        return switch (kind) {
            case ALL -> true;
            case EXISTS -> false;
            case MAP, FILTER -> results;
        };
    }

    private Collection<?> elements(Object value) {
        if (value instanceof List<?> list) {
            return list;
        } else if (value instanceof Map<?, ?> map) {
            return map.keySet();
        }
        throw new ValueException(
                kind.macroName + "() works on lists and maps, not " + ValueDescription.describe(value));
    }
}
