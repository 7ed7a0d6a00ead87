package dev.platina.workflow.ui.internal.builder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Turns what a person typed into a step input's field into the JSON value its schema asks for, and back. Any
 * field may hold an expression instead ({@code =input.amount}); an empty field removes the value.
 */
final class InputValues {

    private InputValues() {
    }

    /** The value to store, or null to remove it; throws with what to write instead. */
    static Object parse(String text, String schemaType) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.startsWith("=")) {
            return trimmed;
        }
        switch (schemaType == null ? "" : schemaType) {
            case "integer":
                try {
                    return new BigDecimal(trimmed).longValueExact();
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new IllegalArgumentException("Write a whole number, or an expression starting with '='");
                }
            case "number":
                try {
                    BigDecimal number = new BigDecimal(trimmed);
                    return number.scale() <= 0 ? (Object) number.longValueExact() : (Object) number.doubleValue();
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new IllegalArgumentException("Write a number such as 1200 or 12.5, or an expression"
                            + " starting with '='");
                }
            case "boolean":
                if (trimmed.equals("true") || trimmed.equals("false")) {
                    return Boolean.valueOf(trimmed);
                }
                throw new IllegalArgumentException("Write true or false, or an expression starting with '='");
            case "object":
            case "array":
                Object json = JsonText.parse(trimmed);
                if (schemaType.equals("object") && !(json instanceof Map<?, ?>)) {
                    throw new IllegalArgumentException("Write a JSON object such as {\"key\": \"value\"}");
                }
                if (schemaType.equals("array") && !(json instanceof List<?>)) {
                    throw new IllegalArgumentException("Write a JSON list such as [\"a\", \"b\"]");
                }
                return json;
            case "string":
                return text;
            default:
                // No type in the schema: JSON when it reads as JSON, else the text itself.
                try {
                    return JsonText.parse(trimmed);
                } catch (IllegalArgumentException notJson) {
                    return text;
                }
        }
    }

    /** What a field shows for a stored value. */
    static String show(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return JsonText.write(value);
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }
}
