package dev.platina.audit.impl.internal;

import dev.platina.audit.api.AuditEvent;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 over an unambiguous encoding of an event and its place in the chain: every field is written with its
 * length (or -1 for none), so no two different events encode alike, and the previous hash is included, so an
 * event cannot be moved, removed or changed without breaking every hash after it.
 */
final class AuditHash {

    private AuditHash() {
    }

    static byte[] of(long sequence, String id, Instant occurredAt, AuditEvent event, byte[] previousHash) {
        var out = new ByteArrayOutputStream(256);
        write(out, Long.toString(sequence));
        write(out, id);
        write(out, event.organization().toString());
        write(out, occurredAt.toString());
        write(out, event.actorId());
        write(out, event.actorName());
        write(out, event.action());
        write(out, event.targetType());
        write(out, event.targetId());
        write(out, event.outcome().name());
        write(out, event.requestId());
        for (Map.Entry<String, String> detail : new TreeMap<>(event.details()).entrySet()) {
            write(out, detail.getKey());
            write(out, detail.getValue());
        }
        out.writeBytes(ByteBuffer.allocate(4).putInt(previousHash == null ? -1 : previousHash.length).array());
        if (previousHash != null) {
            out.writeBytes(previousHash);
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void write(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
