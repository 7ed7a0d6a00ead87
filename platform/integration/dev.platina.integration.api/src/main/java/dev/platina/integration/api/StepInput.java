package dev.platina.integration.api;

import dev.platina.core.api.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a connector step's input, collecting every problem by field so the workflow builder and the AI
 * can fix them all at once; {@link #check()} throws them together. Vendor-specific rules (a currency, a record id)
 * are built on {@link #matching} and {@link #problem}.
 */
public final class StepInput {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Map<String, Object> input;
    private final int longestText;
    private final Map<String, String> problems = new LinkedHashMap<>();

    /** @param longestText the most characters the vendor takes in one text field */
    public StepInput(Map<String, Object> input, int longestText) {
        this.input = input == null ? Map.of() : input;
        this.longestText = longestText;
    }

    /** The value as given, unchecked. */
    public Optional<Object> raw(String field) {
        return Optional.ofNullable(input.get(field));
    }

    public Optional<String> text(String field, boolean required) {
        Object value = input.get(field);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                problems.put(field, "is required");
            }
            return Optional.empty();
        }
        String text = value.toString().strip();
        if (text.length() > longestText) {
            problems.put(field, "is longer than " + longestText + " characters");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A text that must match {@code pattern} whole; {@code problem} says what it should be. */
    public Optional<String> matching(String field, boolean required, Pattern pattern, String problem) {
        Optional<String> text = text(field, required);
        if (text.isPresent() && !pattern.matcher(text.get()).matches()) {
            problems.put(field, problem);
            return Optional.empty();
        }
        return text;
    }

    public Optional<String> email(String field, boolean required) {
        return matching(field, required, EMAIL, "is not an e-mail address");
    }

    public Optional<String> oneOf(String field, boolean required, Set<String> allowed) {
        Optional<String> value = text(field, required);
        if (value.isPresent() && !allowed.contains(value.get())) {
            problems.put(field, "must be one of " + allowed);
            return Optional.empty();
        }
        return value;
    }

    /** A whole number between {@code least} and {@code most}, given as a number or as digits. */
    public Optional<Long> wholeNumber(String field, boolean required, long least, long most) {
        Object value = input.get(field);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                problems.put(field, "is required");
            }
            return Optional.empty();
        }
        long number;
        try {
            if (value instanceof Number n) {
                if (n.doubleValue() != Math.rint(n.doubleValue())) {
                    throw new NumberFormatException();
                }
                number = n.longValue();
            } else {
                number = Long.parseLong(value.toString().strip());
            }
        } catch (NumberFormatException e) {
            problems.put(field, "must be a whole number");
            return Optional.empty();
        }
        if (number < least || number > most) {
            problems.put(field, "must be between " + least + " and " + most);
            return Optional.empty();
        }
        return Optional.of(number);
    }

    /** A decimal number of zero or more, in plain notation ({@code 1200.50}). */
    public Optional<String> decimal(String field) {
        Object value = input.get(field);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal amount = new BigDecimal(value.toString().strip());
            if (amount.signum() < 0) {
                problems.put(field, "must not be negative");
                return Optional.empty();
            }
            return Optional.of(amount.toPlainString());
        } catch (NumberFormatException e) {
            problems.put(field, "is not a number");
            return Optional.empty();
        }
    }

    /** An instant in ISO-8601 such as {@code 2026-11-30T12:00:00Z}. */
    public Optional<Instant> instant(String field, boolean required) {
        Optional<String> text = text(field, required);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.get()));
        } catch (DateTimeParseException e) {
            problems.put(field, "is not a time such as 2026-11-30T12:00:00Z");
            return Optional.empty();
        }
    }

    public boolean bool(String field, boolean otherwise) {
        Object value = input.get(field);
        if (value == null) {
            return otherwise;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        problems.put(field, "must be true or false");
        return otherwise;
    }

    /** A nested object, read by a reader of its own; {@link #merge} its problems back under the field's name. */
    @SuppressWarnings("unchecked")
    public Optional<StepInput> object(String field) {
        Object value = input.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?>)) {
            problems.put(field, "must be an object");
            return Optional.empty();
        }
        return Optional.of(new StepInput((Map<String, Object>) value, longestText));
    }

    public void merge(String prefix, StepInput inner) {
        inner.problems.forEach((field, problem) -> problems.putIfAbsent(prefix + "." + field, problem));
    }

    /** Records a problem with a field (the first one said of a field is kept). */
    public void problem(String field, String problem) {
        problems.putIfAbsent(field, problem);
    }

    public void require(boolean holds, String field, String problem) {
        if (!holds) {
            problem(field, problem);
        }
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** @throws InvalidInputException naming every field found wrong so far */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(new LinkedHashMap<>(problems));
        }
    }
}
