package dev.platina.skill.stripe.internal;

import dev.platina.core.api.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks a step's input, collecting every problem by field so the builder and the AI can fix them. */
final class StripeInput {

    private static final Pattern CURRENCY = Pattern.compile("[a-zA-Z]{3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int LONGEST_TEXT = 5000;

    private final Map<String, Object> input;
    private final Map<String, String> errors = new LinkedHashMap<>();

    StripeInput(Map<String, Object> input) {
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

    Optional<String> email(String field) {
        Optional<String> email = text(field, false);
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            errors.put(field, "is not an e-mail address");
            return Optional.empty();
        }
        return email;
    }

    Optional<String> oneOf(String field, Set<String> allowed) {
        Optional<String> value = text(field, false);
        if (value.isPresent() && !allowed.contains(value.get())) {
            errors.put(field, "must be one of " + allowed);
            return Optional.empty();
        }
        return value;
    }

    /** An amount in the currency's smallest unit (cents), as Stripe counts it. */
    Optional<Long> amount(String field, boolean required) {
        return wholeNumber(field, required, 1, 99_999_999_999L);
    }

    Optional<Long> wholeNumber(String field, boolean required, long least, long most) {
        Object value = input.get(field);
        if (value == null) {
            if (required) {
                errors.put(field, "is required");
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
            errors.put(field, "must be a whole number (amounts in the smallest unit, e.g. cents)");
            return Optional.empty();
        }
        if (number < least || number > most) {
            errors.put(field, "must be between " + least + " and " + most);
            return Optional.empty();
        }
        return Optional.of(number);
    }

    Optional<String> currency(String field, boolean required) {
        Optional<String> value = text(field, required);
        if (value.isPresent() && !CURRENCY.matcher(value.get()).matches()) {
            errors.put(field, "must be a three-letter ISO currency code such as eur or usd");
            return Optional.empty();
        }
        return value.map(String::toLowerCase);
    }

    /** Stripe metadata: at most 50 keys of up to 40 characters, values up to 500. */
    Optional<Map<String, String>> metadata(String field) {
        Object value = input.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map) || map.size() > 50) {
            errors.put(field, "must be an object of at most 50 texts");
            return Optional.empty();
        }
        var metadata = new LinkedHashMap<String, String>();
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            String text = v == null ? "" : String.valueOf(v);
            if (key.length() > 40 || text.length() > 500) {
                errors.put(field + "." + key, "keys have at most 40 characters and values at most 500");
            } else {
                metadata.put(key, text);
            }
        });
        return Optional.of(metadata);
    }

    @SuppressWarnings("unchecked")
    Optional<StripeInput> object(String field) {
        Object value = input.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?>)) {
            errors.put(field, "must be an object");
            return Optional.empty();
        }
        return Optional.of(new StripeInput((Map<String, Object>) value));
    }

    void merge(String prefix, StripeInput inner) {
        inner.errors.forEach((field, message) -> errors.put(prefix + "." + field, message));
    }

    void require(boolean holds, String field, String message) {
        if (!holds) {
            errors.putIfAbsent(field, message);
        }
    }

    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
