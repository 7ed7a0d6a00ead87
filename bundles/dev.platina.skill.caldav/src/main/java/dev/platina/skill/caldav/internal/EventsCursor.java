package dev.platina.skill.caldav.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@code events} stream saw last: for each calendar entry (href) a short hash of its ETag and its event's
 * UID, one line each ({@code v1} first). A hash of 12 hex digits keeps the cursor small and is plenty to notice a
 * changed ETag.
 */
final class EventsCursor {
    private static final String VERSION = "v1";

    record Entry(String etagHash, String uid) {
    }

    private EventsCursor() {
    }

    static Map<String, Entry> read(Optional<String> cursor) {
        var entries = new LinkedHashMap<String, Entry>();
        if (cursor.isEmpty() || !cursor.get().startsWith(VERSION)) {
            return entries;
        }
        for (String line : cursor.get().split("\n")) {
            String[] fields = line.split("\t", 3);
            if (fields.length == 3) {
                entries.put(fields[0], new Entry(fields[1], fields[2]));
            }
        }
        return entries;
    }

    static String write(Map<String, Entry> entries) {
        var cursor = new StringBuilder(VERSION).append('\n');
        entries.forEach((href, entry) -> cursor.append(clean(href)).append('\t').append(entry.etagHash())
                .append('\t').append(clean(entry.uid())).append('\n'));
        return cursor.toString();
    }

    static String hash(String etag) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(etag.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
