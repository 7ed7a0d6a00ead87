package dev.platina.ai.trust.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * E-mail addresses: a local part of letters, digits and {@code . _ % + -} (at most 64), an {@code @}, and a domain
 * of at least two dot-separated labels ending in a top-level domain of two or more letters (at most 253). Found by
 * growing outwards from each {@code @} with bounded steps, so the cost is linear in the text.
 */
final class EmailFinder {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;

    private EmailFinder() {}

    static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            Finding email = around(text, at);
            if (email != null) {
                found.add(email);
            }
        }
        return found;
    }

    private static Finding around(String text, int at) {
        int start = at;
        while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && isLocalChar(text.charAt(start - 1))) {
            return null; // longer than any local part
        }
        while (start < at && text.charAt(start) == '.') {
            start++;
        }
        int end = at + 1;
        while (end < text.length() && end - at - 1 < MAX_DOMAIN && isDomainChar(text.charAt(end))) {
            end++;
        }
        if (end < text.length() && isDomainChar(text.charAt(end))) {
            return null; // longer than any domain
        }
        while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
            end--; // the full stop of the sentence, not of the address
        }
        if (start == at || !isDomain(text.substring(at + 1, end))) {
            return null;
        }
        return new Finding(start, end, PiiKind.EMAIL);
    }

    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
        }
        String tld = labels[labels.length - 1];
        return tld.length() >= 2 && tld.chars().allMatch(Character::isLetter);
    }

    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '.';
    }
}
