package dev.platina.workflow.expression.internal;

import java.util.List;

/** The string methods. Each runs in time linear in its inputs, which is what keeps the work limit meaningful. */
final class TextFunctions {

    private TextFunctions() {}

    static Object contains(Object[] values, Evaluation evaluation) {
        String text = receiver(values[0], "contains");
        String part = argument(values[1], "contains");
        evaluation.charge(text.length() + part.length());
        return TextSearch.contains(text, part);
    }

    static Object startsWith(Object[] values, Evaluation evaluation) {
        String text = receiver(values[0], "startsWith");
        String prefix = argument(values[1], "startsWith");
        evaluation.charge(prefix.length());
        return text.startsWith(prefix);
    }

    static Object endsWith(Object[] values, Evaluation evaluation) {
        String text = receiver(values[0], "endsWith");
        String suffix = argument(values[1], "endsWith");
        evaluation.charge(suffix.length());
        return text.endsWith(suffix);
    }

    /** Only A to Z change: the result does not depend on a locale, and never changes length. */
    static Object lowerAscii(Object[] values, Evaluation evaluation) {
        return mapAscii(receiver(values[0], "lowerAscii"), 'A', 'Z', 'a' - 'A', evaluation);
    }

    static Object upperAscii(Object[] values, Evaluation evaluation) {
        return mapAscii(receiver(values[0], "upperAscii"), 'a', 'z', 'A' - 'a', evaluation);
    }

    /** Removes leading and trailing Unicode white space, as CEL's strings extension does. */
    static Object trim(Object[] values, Evaluation evaluation) {
        String text = receiver(values[0], "trim");
        evaluation.charge(text.length());
        return text.strip();
    }

    private static String mapAscii(String text, char first, char last, int shift, Evaluation evaluation) {
        evaluation.charge(text.length());
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= first && chars[i] <= last) {
                chars[i] = (char) (chars[i] + shift);
            }
        }
        return new String(chars);
    }

    private static String receiver(Object value, String function) {
        if (value instanceof String text) {
            return text;
        }
        String problem = function + "() works on strings, not " + ValueDescription.describe(value);
        boolean listSearch = value instanceof List && function.equals("contains");
        throw new ValueException(listSearch ? problem + "; for lists write 'x in list'" : problem);
    }

    private static String argument(Object value, String function) {
        if (value instanceof String text) {
            return text;
        }
        throw new ValueException(function + "() needs a string argument, not " + ValueDescription.describe(value));
    }
}
