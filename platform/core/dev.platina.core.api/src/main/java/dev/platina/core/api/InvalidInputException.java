package dev.platina.core.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that cannot be accepted; {@link #fieldErrors()} says, per field, what is wrong and what is expected. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(summary(fieldErrors));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static String summary(Map<String, String> errors) {
        var text = new StringBuilder();
        errors.forEach((field, message) -> text.append(text.length() == 0 ? "" : " ").append(field).append(": ")
                .append(message).append(message.endsWith(".") ? "" : "."));
        return text.toString();
    }
}
