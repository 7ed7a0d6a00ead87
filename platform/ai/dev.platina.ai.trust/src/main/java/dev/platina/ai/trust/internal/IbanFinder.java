package dev.platina.ai.trust.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * IBANs (ISO 13616): a known country code, two check digits and exactly that country's length of letters and
 * digits, single spaces allowed anywhere between them (the usual groups of four), standing alone as a word, and
 * passing the mod-97 check. An IBAN with a wrong checksum is not masked as one.
 */
final class IbanFinder {

    private IbanFinder() {}

    static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i + 4 <= text.length(); i++) {
            if (startsCandidate(text, i)) {
                int end = end(text, i);
                if (end > 0) {
                    found.add(new Finding(i, end, PiiKind.IBAN));
                    i = end - 1;
                }
            }
        }
        return found;
    }

    private static boolean startsCandidate(String text, int i) {
        return isAsciiLetter(text.charAt(i))
                && isAsciiLetter(text.charAt(i + 1))
                && isDigit(text.charAt(i + 2))
                && isDigit(text.charAt(i + 3))
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    /** The end of a valid IBAN starting at {@code start}, or -1. */
    private static int end(String text, int start) {
        int length = IbanCountries.length(text.substring(start, start + 2).toUpperCase(Locale.ROOT));
        if (length == 0) {
            return -1;
        }
        StringBuilder compact = new StringBuilder(length);
        int pos = start;
        while (compact.length() < length && pos < text.length()) {
            char c = text.charAt(pos);
            if (isAsciiLetter(c) || isDigit(c)) {
                compact.append(c);
                pos++;
            } else if (c == ' ' && pos + 1 < text.length() && isAsciiAlphanumeric(text.charAt(pos + 1))) {
                pos++;
            } else {
                break;
            }
        }
        boolean standsAlone = pos == text.length() || !Character.isLetterOrDigit(text.charAt(pos));
        return compact.length() == length && standsAlone && isValid(compact.toString()) ? pos : -1;
    }

    /** ISO 13616 check: check digits 02..98, and the rearranged number is 1 modulo 97. */
    static boolean isValid(String compactIban) {
        String iban = compactIban.toUpperCase(Locale.ROOT);
        int checkDigits = Integer.parseInt(iban.substring(2, 4));
        if (checkDigits < 2 || checkDigits > 98) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            remainder = isDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder == 1;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
