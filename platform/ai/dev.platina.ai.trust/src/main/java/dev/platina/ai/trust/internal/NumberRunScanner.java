package dev.platina.ai.trust.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into {@link NumberRun}s in one left-to-right pass. A run starts only where a number can start (not
 * after a letter, digit or one of {@code _ . , - / + #}, so {@code INV-2026-0042} has none) and is dropped when
 * it runs on into a word or a decimal part ({@code 1.234,56}, {@code 42kg}).
 */
final class NumberRunScanner {

    private static final int MAX_GROUPS = 12;
    private static final int MAX_DIGITS = 24;

    private NumberRunScanner() {}

    static List<NumberRun> scan(String text) {
        List<NumberRun> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (startsRun(text, i)) {
                int end = parse(text, i, runs);
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        return runs;
    }

    private static boolean startsRun(String text, int i) {
        char c = text.charAt(i);
        if (isDigit(c)) {
            return i == 0 || !blocksStart(text.charAt(i - 1));
        }
        // "Tel.+49 30 ..." and "Tel.(030) ...": only a letter or digit right before keeps a + or ( from opening
        boolean opens = (c == '+' || c == '(') && isDigitAt(text, i + 1);
        return opens && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    /** Parses the run at {@code start}, adds it if it ends cleanly, and returns where scanning goes on. */
    private static int parse(String text, int start, List<NumberRun> runs) {
        int pos = start;
        boolean plus = text.charAt(pos) == '+';
        if (plus) {
            pos++;
        }
        List<NumberRun.Group> groups = new ArrayList<>();
        int digitCount = 0;
        boolean tooLong = false;
        char separator = 0;
        int end = pos;
        while (true) {
            boolean parenthesized = text.charAt(pos) == '(';
            int digitsStart = parenthesized ? pos + 1 : pos;
            int digitsEnd = digitsStart;
            while (isDigitAt(text, digitsEnd)) {
                digitsEnd++;
            }
            if (parenthesized && (digitsEnd >= text.length() || text.charAt(digitsEnd) != ')')) {
                break; // "(12" without its ")": the run ends before it
            }
            digitCount += digitsEnd - digitsStart;
            tooLong |= groups.size() >= MAX_GROUPS || digitCount > MAX_DIGITS;
            if (!tooLong) {
                groups.add(new NumberRun.Group(text.substring(digitsStart, digitsEnd), separator, parenthesized));
            }
            end = parenthesized ? digitsEnd + 1 : digitsEnd;
            int next = nextGroup(text, end, parenthesized);
            if (next < 0) {
                break;
            }
            separator = next > end ? text.charAt(end) : 0;
            pos = next;
        }
        if (groups.isEmpty()) {
            return start;
        }
        if (endsCleanly(text, end)) {
            runs.add(new NumberRun(start, end, plus, List.copyOf(groups), tooLong));
        }
        return end;
    }

    /** Where the next group starts after {@code pos}, or -1 if the run ends here. */
    private static int nextGroup(String text, int pos, boolean afterParenthesis) {
        if (pos >= text.length()) {
            return -1;
        }
        char c = text.charAt(pos);
        if (afterParenthesis && isDigit(c)) {
            return pos; // (0)30
        }
        if (isSeparator(c) && isDigitAt(text, pos + 1)) {
            return pos + 1;
        }
        if (isSpace(c) && pos + 2 < text.length() && text.charAt(pos + 1) == '(' && isDigitAt(text, pos + 2)) {
            return pos + 1; // +49 (0)30
        }
        return -1;
    }

    private static boolean endsCleanly(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (Character.isLetterOrDigit(c) || c == '_' || c == '@') {
            return false;
        }
        boolean joinsMore = c == '.' || c == ',' || c == '-' || c == '/';
        return !(joinsMore && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1)));
    }

    private static boolean blocksStart(char c) {
        return Character.isLetterOrDigit(c) || "_.,-/+#".indexOf(c) >= 0;
    }

    private static boolean isSeparator(char c) {
        return isSpace(c) || c == '-' || c == '.' || c == '/';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }

    private static boolean isDigitAt(String text, int i) {
        return i < text.length() && isDigit(text.charAt(i));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
