package dev.platina.ai.trust.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Names in addresses: the display name before an address in angle brackets ({@code Jane Doe <jane@example.com>},
 * {@code "Doe, Jane" <jane@example.com>}) and the name after a mail header at the start of a line ({@code From:},
 * {@code To:}, {@code Cc:}, {@code Reply-To:}, {@code Von:}, {@code An:}) even without an address.
 */
final class AddressNames {

    private static final List<String> HEADERS =
            List.of("from:", "to:", "cc:", "bcc:", "reply-to:", "sender:", "von:", "an:", "absender:");
    private static final int MAX_DISPLAY_NAME = 100;

    private AddressNames() {}

    static List<Finding> find(String text, List<Finding> emails) {
        List<Finding> found = new ArrayList<>();
        for (Finding email : emails) {
            Finding name = displayName(text, email);
            if (name != null) {
                found.add(name);
            }
        }
        int lineStart = 0;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            Finding name = afterHeader(text, lineStart, lineEnd);
            if (name != null) {
                found.add(name);
            }
            lineStart = lineEnd + 1;
        }
        return found;
    }

    private static Finding displayName(String text, Finding email) {
        int open = email.start() - 1;
        if (open < 1 || text.charAt(open) != '<' || email.end() >= text.length() || text.charAt(email.end()) != '>') {
            return null;
        }
        int nameEnd = open;
        while (nameEnd > 0 && open - nameEnd < 4 && NameWords.isBlank(text.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        if (nameEnd > 0 && text.charAt(nameEnd - 1) == '"') {
            return quoted(text, nameEnd - 1);
        }
        // The display name fills the space between the previous delimiter (line start, ':', ',', ';', '>', '(')
        // and the bracket: "To: Jane Doe <jane@...>, John Roe <john@...>".
        int start = nameEnd;
        while (start > 0 && nameEnd - start < MAX_DISPLAY_NAME && !isDelimiter(text.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && !isDelimiter(text.charAt(start - 1))) {
            return null;
        }
        start = NameWords.skipBlanks(text, start);
        return start < nameEnd && NameWords.isName(text, start, nameEnd) ? new Finding(start, nameEnd, PiiKind.NAME) : null;
    }

    private static boolean isDelimiter(char c) {
        return c == '\n' || c == '\r' || c == ':' || c == ',' || c == ';' || c == '>' || c == '(';
    }

    /** {@code "Doe, Jane"}: the text between the quotes, if it is on one line and holds a letter. */
    private static Finding quoted(String text, int closingQuote) {
        int open = text.lastIndexOf('"', closingQuote - 1);
        if (open < 0 || closingQuote - open - 1 > MAX_DISPLAY_NAME) {
            return null;
        }
        String inside = text.substring(open + 1, closingQuote);
        boolean plausible = inside.chars().anyMatch(Character::isLetter)
                && inside.indexOf('\n') < 0
                && inside.indexOf('@') < 0
                && !inside.isBlank();
        return plausible ? new Finding(open + 1, closingQuote, PiiKind.NAME) : null;
    }

    private static Finding afterHeader(String text, int lineStart, int lineEnd) {
        for (String header : HEADERS) {
            if (text.regionMatches(true, lineStart, header, 0, header.length())) {
                int start = NameWords.skipBlanks(text, lineStart + header.length());
                if (start < lineEnd && text.charAt(start) == '"') {
                    start++;
                }
                int end = NameWords.nameEnd(text, start);
                return end > start && endsDisplayName(text, end, lineEnd) ? new Finding(start, end, PiiKind.NAME) : null;
            }
        }
        return null;
    }

    /** A header name ends at the line end, a comma, a quote or the address in angle brackets. */
    private static boolean endsDisplayName(String text, int end, int lineEnd) {
        int p = NameWords.skipBlanks(text, end);
        if (p >= lineEnd || text.charAt(p) == '\r') {
            return true;
        }
        char c = text.charAt(p);
        return c == ',' || c == '"' || c == '<';
    }
}
