package dev.platina.workflow.expression.internal;

/**
 * Substring search in linear time (Knuth-Morris-Pratt). String.indexOf compares naively, which is quadratic on
 * inputs like 'aaaa…ab' and would let one contains() call take seconds on strings within the size limit.
 */
final class TextSearch {

    private TextSearch() {}

    static boolean contains(String text, String part) {
        if (part.isEmpty()) {
            return true;
        }
        int[] fallback = fallbackTable(part);
        int matched = 0;
        for (int i = 0; i < text.length(); i++) {
            while (matched > 0 && text.charAt(i) != part.charAt(matched)) {
                matched = fallback[matched - 1];
            }
            if (text.charAt(i) == part.charAt(matched)) {
                matched++;
                if (matched == part.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** For each prefix of {@code part}: the length of its longest proper prefix that is also its suffix. */
    private static int[] fallbackTable(String part) {
        int[] table = new int[part.length()];
        int length = 0;
        for (int i = 1; i < part.length(); i++) {
            while (length > 0 && part.charAt(i) != part.charAt(length)) {
                length = table[length - 1];
            }
            if (part.charAt(i) == part.charAt(length)) {
                length++;
            }
            table[i] = length;
        }
        return table;
    }
}
