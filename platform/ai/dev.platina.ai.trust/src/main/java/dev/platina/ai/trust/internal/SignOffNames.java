package dev.platina.ai.trust.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Names in a sign-off: a line that is a closing ({@code Regards}, {@code Best}, {@code Mit freundlichen Grüßen},
 * ...) followed by a line that is nothing but a name ({@code Regards,\nJane Doe}; one blank line may come between),
 * or a closing, a comma and a name on the same line ({@code Best, John}). The closing must start its line.
 */
final class SignOffNames {

    /** Longest first, so that "Best regards" is not read as "Best" and "regards". */
    private static final List<String> CLOSINGS = Stream.of(
                    "regards", "best regards", "kind regards", "warm regards", "warmest regards", "kindest regards",
                    "best wishes", "all the best", "best", "cheers", "thanks", "thank you", "many thanks",
                    "thanks again", "thanks and regards", "sincerely", "yours sincerely", "sincerely yours",
                    "yours truly", "yours faithfully", "yours", "take care", "respectfully", "greetings",
                    "viele grüße", "viele grüsse", "beste grüße", "liebe grüße", "freundliche grüße", "herzliche grüße",
                    "schöne grüße", "mit freundlichen grüßen", "mit freundlichen grüssen", "mit besten grüßen",
                    "gruß", "grüße", "vg", "lg", "mfg", "br", "cordialement", "saludos")
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    private SignOffNames() {}

    static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            Finding name = afterClosing(text, lineStart, lineEnd);
            if (name != null) {
                found.add(name);
            }
            lineStart = lineEnd + 1;
        }
        return found;
    }

    private static Finding afterClosing(String text, int lineStart, int lineEnd) {
        int start = NameWords.skipBlanks(text, lineStart);
        int closingEnd = closingEnd(text, start, lineEnd);
        if (closingEnd < 0) {
            return null;
        }
        int p = closingEnd;
        char punctuation = p < lineEnd ? text.charAt(p) : 0;
        if (punctuation == ',' || punctuation == '.' || punctuation == '!') {
            p++;
        }
        int rest = skipBlanks(text, p, lineEnd);
        if (rest == lineEnd) {
            return nameLine(text, lineEnd + 1);
        }
        if (punctuation == ',' && rest > p) {
            return wholeName(text, rest, lineEnd);
        }
        return null;
    }

    /** The name that fills the next non-blank line (at most one blank line skipped). */
    private static Finding nameLine(String text, int lineStart) {
        for (int lines = 0; lines < 2 && lineStart < text.length(); lines++) {
            int lineEnd = lineEnd(text, lineStart);
            int start = skipBlanks(text, lineStart, lineEnd);
            if (start < lineEnd) {
                return wholeName(text, start, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /** A name from {@code start} that fills the line, apart from trailing blanks or a full stop or comma. */
    private static Finding wholeName(String text, int start, int lineEnd) {
        int end = NameWords.nameEnd(text, start);
        if (end < 0 || end > lineEnd) {
            return null;
        }
        int rest = end;
        if (rest < lineEnd && (text.charAt(rest) == '.' || text.charAt(rest) == ',')) {
            rest++;
        }
        return skipBlanks(text, rest, lineEnd) == lineEnd ? new Finding(start, end, PiiKind.NAME) : null;
    }

    private static int closingEnd(String text, int start, int lineEnd) {
        for (String closing : CLOSINGS) {
            int end = start + closing.length();
            if (end <= lineEnd
                    && text.regionMatches(true, start, closing, 0, closing.length())
                    && (end == lineEnd || !NameWords.isWordChar(text.charAt(end)))) {
                return end;
            }
        }
        return -1;
    }

    private static int skipBlanks(String text, int pos, int limit) {
        int p = pos;
        while (p < limit && (NameWords.isBlank(text.charAt(p)) || text.charAt(p) == '\r')) {
            p++;
        }
        return p;
    }

    private static int lineEnd(String text, int lineStart) {
        int newline = text.indexOf('\n', lineStart);
        return newline < 0 ? text.length() : newline;
    }
}
