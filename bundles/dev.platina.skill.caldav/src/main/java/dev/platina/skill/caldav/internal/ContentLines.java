package dev.platina.skill.caldav.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text layer of iCalendar (RFC 5545 section 3.1 and 3.3.11): unfolding and folding of lines, and escaping of
 * TEXT values.
 */
final class ContentLines {
    /** Lines should not be longer than 75 octets, excluding the line break. */
    static final int LONGEST_LINE = 75;

    private ContentLines() {
    }

    /** The logical lines: a line break followed by a space or a tab continues the line before. */
    static List<String> unfold(String text) {
        var lines = new ArrayList<String>();
        StringBuilder current = null;
        for (String physical : text.split("\r\n|\n|\r", -1)) {
            if (!physical.isEmpty() && (physical.charAt(0) == ' ' || physical.charAt(0) == '\t')) {
                if (current != null) {
                    current.append(physical, 1, physical.length());
                }
                continue;
            }
            if (current != null && !current.isEmpty()) {
                lines.add(current.toString());
            }
            current = new StringBuilder(physical);
        }
        if (current != null && !current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /**
     * One logical line folded into physical lines of at most 75 octets, each ended by CRLF; continuation lines start
     * with a space, and a multi-octet UTF-8 character is never split.
     */
    static String fold(String line) {
        var folded = new StringBuilder();
        int octets = 0;
        int limit = LONGEST_LINE;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append("\r\n ");
                octets = 0;
                limit = LONGEST_LINE - 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.append("\r\n").toString();
    }

    /** A TEXT value as written: backslash, semicolon, comma and line breaks escaped. */
    static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A TEXT value as meant; an unknown escape keeps the character after the backslash. */
    static String unescape(String value) {
        var text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
