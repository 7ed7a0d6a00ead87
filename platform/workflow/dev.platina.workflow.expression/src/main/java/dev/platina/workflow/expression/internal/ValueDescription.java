package dev.platina.workflow.expression.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Names values in error messages the way the author wrote them: "string 'abc'", "number 5", "list [1, 2]". Renderings
 * stop after a few dozen characters, so a message stays readable and costs nothing even for a huge value.
 */
final class ValueDescription {

    private static final int MAX_RENDERED = 40;

    private ValueDescription() {}

    /** The type and the value: "string 'abc'", "number 5", "null". */
    static String describe(Object value) {
        return value == null ? "null" : typeName(value) + " " + render(value);
    }

    static String typeName(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof Boolean) {
            return "boolean";
        } else if (value instanceof Number) {
            return "number";
        } else if (value instanceof CharSequence) {
            return "string";
        } else if (value instanceof List) {
            return "list";
        } else if (value instanceof Map) {
            return "map";
        }
        return className(value);
    }

    /** The simple class name of a value we refuse to read; anonymous classes have none. */
    static String className(Object value) {
        String name = value.getClass().getSimpleName();
        return name.isEmpty() ? "object" : name;
    }

    /** The value written as a literal, shortened with '…' when long. */
    static String render(Object value) {
        StringBuilder text = new StringBuilder();
        append(text, value);
        return text.length() <= MAX_RENDERED ? text.toString() : text.substring(0, MAX_RENDERED) + "…";
    }

    private static void append(StringBuilder text, Object value) {
        if (text.length() > MAX_RENDERED) {
            return;
        }
        if (value instanceof CharSequence string) {
            appendString(text, string);
        } else if (value instanceof BigDecimal decimal) {
            text.append(decimal.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) < 0 ? decimal.toPlainString()
                    : decimal.toString());
        } else if (value instanceof List<?> list) {
            appendList(text, list);
        } else if (value instanceof Map<?, ?> map) {
            appendMap(text, map);
        } else if (value == null || value instanceof Boolean || isPlainNumber(value)) {
            text.append(value);
        } else {
            text.append('<').append(className(value)).append('>');
        }
    }

    /** JDK numbers only: any other Number's toString is host code we do not call. */
    private static boolean isPlainNumber(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof Double || value instanceof Float || value instanceof java.math.BigInteger;
    }

    private static void appendString(StringBuilder text, CharSequence string) {
        text.append('\'');
        for (int i = 0; i < string.length() && text.length() <= MAX_RENDERED; i++) {
            char c = string.charAt(i);
            switch (c) {
                case '\'' -> text.append("\\'");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\t' -> text.append("\\t");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        text.append('\'');
    }

    private static void appendList(StringBuilder text, List<?> list) {
        text.append('[');
        String separator = "";
        for (Object element : list) {
            if (text.length() > MAX_RENDERED) {
                return;
            }
            text.append(separator);
            append(text, element);
            separator = ", ";
        }
        text.append(']');
    }

    private static void appendMap(StringBuilder text, Map<?, ?> map) {
        text.append('{');
        String separator = "";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (text.length() > MAX_RENDERED) {
                return;
            }
            text.append(separator);
            append(text, entry.getKey());
            text.append(": ");
            append(text, entry.getValue());
            separator = ", ";
        }
        text.append('}');
    }
}
