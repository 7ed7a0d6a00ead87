package dev.platina.workflow.expression.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** {@code size()}, {@code int()}, {@code double()} and {@code string()}. */
final class Conversions {

    private Conversions() {}

    /** Strings count Unicode code points, as in CEL, so an emoji is one character. */
    static Object size(Object value, Evaluation evaluation) {
        if (value instanceof String text) {
            evaluation.charge(text.length());
            return (long) text.codePointCount(0, text.length());
        } else if (value instanceof List<?> list) {
            return (long) list.size();
        } else if (value instanceof Map<?, ?> map) {
            return (long) map.size();
        }
        throw new ValueException("size() needs a string, list or map, not " + ValueDescription.describe(value));
    }

    /** Decimals are truncated toward zero, as in CEL: {@code int(2.9) == 2}, {@code int(-2.9) == -2}. */
    static Object toInteger(Object value) {
        if (value instanceof Long) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            try {
                return decimal.setScale(0, RoundingMode.DOWN).longValueExact();
            } catch (ArithmeticException e) {
                throw new ValueException("int() cannot convert " + ValueDescription.describe(value)
                        + ": it is outside the integer range");
            }
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new ValueException("int() cannot convert " + ValueDescription.describe(value)
                        + " to an integer");
            }
        }
        throw new ValueException("int() cannot convert " + ValueDescription.describe(value));
    }

    /** Named after CEL's {@code double()}, but gives a BigDecimal like every other decimal here. */
    static Object toDecimal(Object value) {
        if (value instanceof Long || value instanceof BigDecimal) {
            return Numbers.decimal(value);
        }
        if (value instanceof String text) {
            try {
                return Numbers.parseDecimal(text);
            } catch (ValueException e) {
                throw new ValueException("double() cannot convert " + ValueDescription.describe(value)
                        + " to a number");
            }
        }
        throw new ValueException("double() cannot convert " + ValueDescription.describe(value));
    }

    /** Decimals keep their scale, so {@code string(2.50)} is "2.50", as an amount should print. */
    static Object toText(Object value) {
        if (value instanceof String) {
            return value;
        } else if (value instanceof Long || value instanceof Boolean) {
            return value.toString();
        } else if (value instanceof BigDecimal decimal) {
            String text = decimal.toPlainString();
            Limits.checkStringLength(text.length());
            return text;
        }
        throw new ValueException("string() cannot convert " + ValueDescription.describe(value));
    }
}
