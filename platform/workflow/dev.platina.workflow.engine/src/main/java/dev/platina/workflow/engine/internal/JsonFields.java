package dev.platina.workflow.engine.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads typed fields out of a JSON object (as Jackson maps it) and reports what is missing or of the wrong type at
 * the field's place, so a definition with several mistakes gets them all in one answer.
 */
final class JsonFields {

    private final Map<?, ?> object;
    private final String place;
    private final Problems problems;

    JsonFields(Map<?, ?> object, String place, Problems problems) {
        this.object = object;
        this.place = place;
        this.problems = problems;
    }

    String place(String field) {
        return place.isEmpty() ? field : place + "." + field;
    }

    boolean has(String field) {
        return object.get(field) != null;
    }

    /** The field's JSON value as it is, whatever its type. */
    Optional<Object> value(String field) {
        return Optional.ofNullable(object.get(field));
    }

    String text(String field, int maxLength) {
        Optional<String> value = optionalText(field, maxLength);
        if (value.isEmpty() && !has(field)) {
            problems.add(place(field), "is required");
        }
        return value.orElse("");
    }

    Optional<String> optionalText(String field, int maxLength) {
        Object value = object.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            problems.add(place(field), "must be text");
            return Optional.empty();
        }
        if (text.isBlank()) {
            problems.add(place(field), "must not be empty");
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            problems.add(place(field), "is longer than " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(text.trim());
    }

    int integer(String field, int defaultValue, int min, int max) {
        Object value = object.get(field);
        if (value == null) {
            return defaultValue;
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            problems.add(place(field), "must be a whole number");
            return defaultValue;
        }
        if (number.longValue() < min || number.longValue() > max) {
            problems.add(place(field), "must be between " + min + " and " + max);
            return defaultValue;
        }
        return number.intValue();
    }

    double decimal(String field, double defaultValue, double min, double max) {
        Object value = object.get(field);
        if (value == null) {
            return defaultValue;
        }
        if (!(value instanceof Number number) || number.doubleValue() < min || number.doubleValue() > max) {
            problems.add(place(field), "must be a number between " + min + " and " + max);
            return defaultValue;
        }
        return number.doubleValue();
    }

    boolean flag(String field, boolean defaultValue) {
        Object value = object.get(field);
        if (value == null) {
            return defaultValue;
        }
        if (!(value instanceof Boolean flag)) {
            problems.add(place(field), "must be true or false");
            return defaultValue;
        }
        return flag;
    }

    /** An ISO-8601 duration such as {@code PT30S} or {@code P1D}, within the bounds. */
    Optional<Duration> duration(String field, Duration min, Duration max) {
        Optional<String> text = optionalText(field, 40);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Duration duration = Duration.parse(text.get());
            if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
                problems.add(place(field), "must be between " + min + " and " + max);
                return Optional.empty();
            }
            return Optional.of(duration);
        } catch (DateTimeParseException e) {
            problems.add(place(field), "'" + text.get() + "' is not an ISO-8601 duration such as PT30S, PT5M or P1D");
            return Optional.empty();
        }
    }

    Optional<Map<?, ?>> object(String field) {
        Object value = object.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(place(field), "must be an object");
            return Optional.empty();
        }
        return Optional.of(map);
    }

    Optional<List<?>> list(String field) {
        Object value = object.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof List<?> list)) {
            problems.add(place(field), "must be a list");
            return Optional.empty();
        }
        return Optional.of(list);
    }

    /** A list of short texts, e.g. role names. */
    List<String> texts(String field, int maxItems) {
        Optional<List<?>> list = list(field);
        if (list.isEmpty()) {
            return List.of();
        }
        if (list.get().size() > maxItems) {
            problems.add(place(field), "has more than " + maxItems + " entries");
            return List.of();
        }
        var texts = new java.util.ArrayList<String>();
        for (int i = 0; i < list.get().size(); i++) {
            if (list.get().get(i) instanceof String text && !text.isBlank() && text.length() <= 200) {
                texts.add(text.trim());
            } else {
                problems.add(place(field) + "[" + i + "]", "must be non-empty text of at most 200 characters");
            }
        }
        return List.copyOf(texts);
    }
}
