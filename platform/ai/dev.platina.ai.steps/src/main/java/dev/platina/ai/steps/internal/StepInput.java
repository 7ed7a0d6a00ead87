package dev.platina.ai.steps.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a step's input and says what is missing in words a workflow author acts on. */
final class StepInput {

    static final int LONGEST_TEXT = 100_000;

    private final Map<String, Object> input;

    StepInput(Map<String, Object> input) {
        this.input = input;
    }

    /** A required text, cut at {@link #LONGEST_TEXT} characters. */
    String text(String name) {
        Object value = input.get(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException("The step needs '" + name + "' as a text.");
        }
        return text.length() > LONGEST_TEXT ? text.substring(0, LONGEST_TEXT) : text;
    }

    Optional<String> optionalText(String name) {
        return input.get(name) instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    List<String> texts(String name) {
        if (!(input.get(name) instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("The step needs '" + name + "' as a list of texts.");
        }
        return list.stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String name) {
        if (!(input.get(name) instanceof Map<?, ?> map) || map.isEmpty()) {
            throw new IllegalArgumentException("The step needs '" + name + "' as a JSON object.");
        }
        return (Map<String, Object>) map;
    }

    int integer(String name, int fallback, int min, int max) {
        return input.get(name) instanceof Number n ? Math.max(min, Math.min(max, n.intValue())) : fallback;
    }

    /** An optional object of texts (numbers and flags written as text); empty when left out. */
    Map<String, String> textMap(String name) {
        Object value = input.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("The step needs '" + name + "' as a JSON object of texts.");
        }
        var texts = new java.util.LinkedHashMap<String, String>();
        map.forEach((key, item) -> {
            if (item != null && !(item instanceof Map<?, ?>) && !(item instanceof List<?>)) {
                texts.put(String.valueOf(key), String.valueOf(item));
            }
        });
        return texts;
    }
}
