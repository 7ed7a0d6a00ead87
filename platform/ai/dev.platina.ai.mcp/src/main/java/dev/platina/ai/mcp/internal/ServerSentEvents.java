package dev.platina.ai.mcp.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a {@code text/event-stream} one event at a time: the {@code data:} lines of an event joined by line
 * breaks. Comments, ids and retry hints are skipped: an MCP client answering one request needs only the data.
 */
final class ServerSentEvents {

    private final BufferedReader reader;

    ServerSentEvents(InputStream stream) {
        this.reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    /** The next event's data, or empty at the end of the stream. Events without data are skipped. */
    Optional<String> next() throws IOException {
        StringBuilder data = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    return Optional.of(data.toString());
                }
                continue;
            }
            if (line.startsWith("data")) {
                String value = field(line, "data");
                if (value == null) {
                    continue;
                }
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        return Optional.ofNullable(data).map(StringBuilder::toString);
    }

    /** The value of a {@code name: value} line, or null when the line is another field. */
    private static String field(String line, String name) {
        if (line.length() == name.length()) {
            return "";
        }
        if (line.charAt(name.length()) != ':') {
            return null;
        }
        String value = line.substring(name.length() + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }
}
