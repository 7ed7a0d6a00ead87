package dev.platina.identity.impl.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** One-time codes (10 random base32 characters, 50 bits each) that stand in for a lost authenticator. */
final class RecoveryCodes {

    static final int COUNT = 10;

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** Replaces the user's codes with fresh ones and returns them in clear, the only time they exist so. */
    static List<String> replace(Connection c, UUID tenant, UUID userId) throws SQLException {
        delete(c, userId);
        var codes = new ArrayList<String>();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO recovery_code (tenant_id, user_id, code_hash) VALUES (?, ?, ?)")) {
            for (int i = 0; i < COUNT; i++) {
                var code = new StringBuilder();
                for (int j = 0; j < 10; j++) {
                    code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
                    if (j == 4) {
                        code.append('-');
                    }
                }
                codes.add(code.toString());
                insert.setObject(1, tenant);
                insert.setObject(2, userId);
                insert.setBytes(3, hash(code.toString()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return codes;
    }

    /** Uses up the code if it is one of the user's unused codes. */
    static boolean consume(Connection c, UUID userId, String code) throws SQLException {
        if (code == null || code.isBlank()) {
            return false;
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE recovery_code SET used_at = now()"
                + " WHERE user_id = ? AND code_hash = ? AND used_at IS NULL")) {
            update.setObject(1, userId);
            update.setBytes(2, hash(code));
            return update.executeUpdate() == 1;
        }
    }

    static void delete(Connection c, UUID userId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM recovery_code WHERE user_id = ?")) {
            delete.setObject(1, userId);
            delete.executeUpdate();
        }
    }

    static byte[] hash(String code) {
        String normalized = code.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
