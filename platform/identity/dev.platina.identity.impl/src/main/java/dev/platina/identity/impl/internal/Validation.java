package dev.platina.identity.impl.internal;

import dev.platina.core.api.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects field errors so a request with several mistakes hears about all of them at once. */
final class Validation {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");
    static final Pattern SLUG = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,63}");
    static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}");

    private final Map<String, String> errors = new LinkedHashMap<>();

    Validation require(boolean condition, String field, String message) {
        if (!condition) {
            errors.putIfAbsent(field, message);
        }
        return this;
    }

    Validation matches(String value, Pattern pattern, String field, String message) {
        return require(value != null && pattern.matcher(value).matches(), field, message);
    }

    Validation optionalLength(String value, int max, String field) {
        return require(value == null || value.length() <= max, field, "use at most " + max + " characters");
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
