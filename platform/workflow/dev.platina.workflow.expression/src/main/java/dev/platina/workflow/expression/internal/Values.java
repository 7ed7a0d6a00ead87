package dev.platina.workflow.expression.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the caller's variables as expression values and hands results back. Variables are read lazily, one value at a
 * time as the expression reaches it, so a condition on one field of a large input does not copy the input.
 */
final class Values {

    /**
     * About 1,000 decimal digits. Arithmetic on a number costs time in proportion to its digits, and the work limit
     * counts operations, not digits; JSON parsers refuse longer numbers by default too.
     */
    private static final int MAX_NUMBER_BITS = 3_400;

    private Values() {}

    /**
     * One value as the expression sees it: any integer type becomes Long, any decimal BigDecimal, text String. Lists
     * and maps are returned as they are; their elements go through here when read.
     */
    static Object of(Object value) {
        if (value == null || value instanceof Boolean || value instanceof String || value instanceof Long
                || value instanceof List || value instanceof Map) {
            return value;
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        } else if (value instanceof BigDecimal decimal) {
            checkDigits(decimal.unscaledValue());
            return Numbers.inRange(decimal);
        } else if (value instanceof Double || value instanceof Float) {
            return decimal((Number) value);
        } else if (value instanceof BigInteger integer) {
            checkDigits(integer);
            return integer.bitLength() < Long.SIZE
                    ? (Object) integer.longValue()
                    : Numbers.inRange(new BigDecimal(integer));
        } else if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        } else if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        throw new ValueException("a variable holds a " + ValueDescription.className(value)
                + ", which expressions cannot read; pass JSON-like values");
    }

    private static void checkDigits(BigInteger digits) {
        if (digits.bitLength() > MAX_NUMBER_BITS) {
            throw new ValueException("a variable holds a number with more than 1,000 digits");
        }
    }

    private static BigDecimal decimal(Number floating) {
        double number = floating.doubleValue();
        if (!Double.isFinite(number)) {
            throw new ValueException("a variable holds " + number + ", which is not a finite number");
        }
        // Float's own text keeps 0.1f as 0.1 instead of its binary expansion 0.10000000149011612.
        return new BigDecimal(floating instanceof Float ? floating.toString() : Double.toString(number));
    }

    static boolean hasField(Map<?, ?> map, String field) {
        try {
            return map.containsKey(field);
        } catch (ClassCastException | NullPointerException e) {
            // A sorted map with non-string keys cannot hold a string key at all.
            return false;
        }
    }

    /** Hands a result back as fresh unmodifiable lists and maps of the documented value types. */
    static Object export(Object value, Evaluation evaluation) {
        return export(value, evaluation, 0);
    }

    private static Object export(Object value, Evaluation evaluation, int depth) {
        if (depth > Limits.MAX_VALUE_DEPTH) {
            throw new ValueException("the result nests more than " + Limits.MAX_VALUE_DEPTH + " levels deep");
        }
        Object plain = of(value);
        if (plain instanceof List<?> list) {
            evaluation.charge(list.size());
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(export(element, evaluation, depth + 1));
            }
            return Collections.unmodifiableList(copy);
        }
        if (plain instanceof Map<?, ?> map) {
            evaluation.charge(map.size());
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new ValueException("the result has a map key that is not a string: "
                            + ValueDescription.describe(entry.getKey()));
                }
                copy.put(key, export(entry.getValue(), evaluation, depth + 1));
            }
            return Collections.unmodifiableMap(copy);
        }
        return plain;
    }
}
