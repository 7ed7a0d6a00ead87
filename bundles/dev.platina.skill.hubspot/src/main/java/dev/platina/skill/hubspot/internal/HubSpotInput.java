package dev.platina.skill.hubspot.internal;

import dev.platina.core.api.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads and checks a step's input, collecting every problem by field so the builder and the AI can fix them. */
final class HubSpotInput {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9]{1,20}");
    private static final Pattern PROPERTY = Pattern.compile("[a-z][a-z0-9_]{0,99}");
    private static final int LONGEST_TEXT = 65_536;

    private final Map<String, Object> input;
    private final Map<String, String> errors = new LinkedHashMap<>();

    HubSpotInput(Map<String, Object> input) {
        this.input = input == null ? Map.of() : input;
    }

    Optional<String> text(String field, boolean required) {
        Object value = input.get(field);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                errors.put(field, "is required");
            }
            return Optional.empty();
        }
        String text = value.toString().strip();
        if (text.length() > LONGEST_TEXT) {
            errors.put(field, "is longer than " + LONGEST_TEXT + " characters");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    Optional<String> email(String field, boolean required) {
        Optional<String> email = text(field, required);
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            errors.put(field, "is not an e-mail address");
            return Optional.empty();
        }
        return email;
    }

    /** A HubSpot record id: digits, also when given as a number. */
    Optional<String> objectId(String field, boolean required) {
        Object value = input.get(field);
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            value = Long.toString(number.longValue());
        }
        Optional<String> id = value == null ? text(field, required) : Optional.of(value.toString().strip());
        if (id.isPresent() && !OBJECT_ID.matcher(id.get()).matches()) {
            errors.put(field, "is not a HubSpot record id (digits)");
            return Optional.empty();
        }
        return id;
    }

    Optional<String> decimal(String field) {
        Object value = input.get(field);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal amount = new BigDecimal(value.toString().strip());
            if (amount.signum() < 0) {
                errors.put(field, "must not be negative");
                return Optional.empty();
            }
            return Optional.of(amount.toPlainString());
        } catch (NumberFormatException e) {
            errors.put(field, "is not a number");
            return Optional.empty();
        }
    }

    /** An instant in ISO-8601 ({@code 2026-11-30T12:00:00Z}), as HubSpot's date-time properties take it. */
    Optional<String> instant(String field) {
        Optional<String> text = text(field, false);
        if (text.isEmpty()) {
            return text;
        }
        try {
            return Optional.of(Instant.parse(text.get()).toString());
        } catch (DateTimeParseException e) {
            errors.put(field, "is not a time such as 2026-11-30T12:00:00Z");
            return Optional.empty();
        }
    }

    /** More HubSpot properties by their internal names, each a text value. */
    Map<String, String> properties(String field) {
        Object value = input.get(field);
        var properties = new LinkedHashMap<String, String>();
        if (value == null) {
            return properties;
        }
        if (!(value instanceof Map<?, ?> map)) {
            errors.put(field, "must be an object of property names and values");
            return properties;
        }
        map.forEach((name, propertyValue) -> {
            if (!PROPERTY.matcher(String.valueOf(name)).matches()) {
                errors.put(field + "." + name, "is not a HubSpot property's internal name (lower case, digits, _)");
            } else if (propertyValue instanceof Map<?, ?> || propertyValue instanceof Iterable<?>) {
                errors.put(field + "." + name, "must be a text, number or boolean");
            } else {
                properties.put(String.valueOf(name), propertyValue == null ? "" : String.valueOf(propertyValue));
            }
        });
        return properties;
    }

    void require(boolean condition, String field, String problem) {
        if (!condition) {
            errors.putIfAbsent(field, problem);
        }
    }

    /** @throws InvalidInputException naming every wrong field */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
