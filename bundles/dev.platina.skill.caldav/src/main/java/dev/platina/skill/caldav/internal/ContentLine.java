package dev.platina.skill.caldav.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One unfolded iCalendar content line (RFC 5545 section 3.1): {@code NAME;PARAM=value;PARAM="quoted":value}. Names
 * and parameter names are kept in upper case; the value is raw (still escaped, for TEXT values).
 */
record ContentLine(String name, Map<String, String> parameters, String value) {

    ContentLine {
        name = name.toUpperCase(Locale.ROOT);
        parameters = Map.copyOf(parameters);
    }

    static ContentLine of(String name, String value) {
        return new ContentLine(name, Map.of(), value);
    }

    Optional<String> parameter(String parameterName) {
        return Optional.ofNullable(parameters.get(parameterName.toUpperCase(Locale.ROOT)));
    }

    /** Reads an unfolded line; a colon inside a quoted parameter value does not end the parameters. */
    static ContentLine parse(String line) {
        int nameEnd = 0;
        while (nameEnd < line.length() && line.charAt(nameEnd) != ';' && line.charAt(nameEnd) != ':') {
            nameEnd++;
        }
        if (nameEnd == 0 || nameEnd == line.length()) {
            throw new IllegalArgumentException("Not an iCalendar content line: " + abbreviated(line));
        }
        String name = line.substring(0, nameEnd);
        var parameters = new LinkedHashMap<String, String>();
        int at = nameEnd;
        while (line.charAt(at) == ';') {
            int equals = line.indexOf('=', at);
            if (equals < 0) {
                throw new IllegalArgumentException("A parameter without a value: " + abbreviated(line));
            }
            String parameter = line.substring(at + 1, equals).toUpperCase(Locale.ROOT);
            int valueStart = equals + 1;
            int valueEnd = valueStart;
            boolean quoted = false;
            while (valueEnd < line.length()) {
                char c = line.charAt(valueEnd);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == ';' || c == ':')) {
                    break;
                }
                valueEnd++;
            }
            if (valueEnd == line.length()) {
                throw new IllegalArgumentException("A content line without a value: " + abbreviated(line));
            }
            parameters.putIfAbsent(parameter, unquoted(line.substring(valueStart, valueEnd)));
            at = valueEnd;
        }
        return new ContentLine(name, parameters, line.substring(at + 1));
    }

    /** The line as written, unfolded; parameter values with {@code ; : ,} are quoted. */
    String format() {
        var line = new StringBuilder(name);
        parameters.forEach((parameter, value) -> {
            line.append(';').append(parameter).append('=');
            boolean quote = value.indexOf(';') >= 0 || value.indexOf(':') >= 0 || value.indexOf(',') >= 0;
            String safe = value.replace("\"", "'").replace("\r", "").replace("\n", " ");
            line.append(quote ? "\"" + safe + "\"" : safe);
        });
        return line.append(':').append(value).toString();
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static String abbreviated(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }
}
