package dev.platina.workflow.expression.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code ==} on values: numbers by value across types ({@code 1 == 1.0}), lists element by element, maps key by key.
 * Values of different types are unequal rather than an error, as in CEL.
 */
final class DeepEquality {

    private DeepEquality() {}

    static boolean equal(Object left, Object right, Evaluation evaluation) {
        return equal(left, right, evaluation, 0);
    }

    private static boolean equal(Object left, Object right, Evaluation evaluation, int depth) {
        evaluation.charge(1);
        if (depth > Limits.MAX_VALUE_DEPTH) {
            throw new ValueException("cannot compare values nested more than " + Limits.MAX_VALUE_DEPTH + " levels");
        }
        Object a = Values.of(left);
        Object b = Values.of(right);
        if (a == null || b == null) {
            return a == b;
        } else if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return Numbers.compare(a, b) == 0;
        } else if (a instanceof List<?> listA && b instanceof List<?> listB) {
            return equalLists(listA, listB, evaluation, depth);
        } else if (a instanceof Map<?, ?> mapA && b instanceof Map<?, ?> mapB) {
            return equalMaps(mapA, mapB, evaluation, depth);
        } else if (a instanceof String textA && b instanceof String textB) {
            evaluation.charge(Math.min(textA.length(), textB.length()));
        }
        return a.equals(b);
    }

    private static boolean equalLists(List<?> a, List<?> b, Evaluation evaluation, int depth) {
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<?> elementsOfB = b.iterator();
        for (Object element : a) {
            if (!equal(element, elementsOfB.next(), evaluation, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalMaps(Map<?, ?> a, Map<?, ?> b, Evaluation evaluation, int depth) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<?, ?> entry : a.entrySet()) {
            if (!(entry.getKey() instanceof String key) || !Values.hasField(b, key)
                    || !equal(entry.getValue(), b.get(key), evaluation, depth + 1)) {
                return false;
            }
        }
        return true;
    }
}
