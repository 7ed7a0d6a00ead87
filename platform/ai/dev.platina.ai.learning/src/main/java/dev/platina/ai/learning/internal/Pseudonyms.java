package dev.platina.ai.learning.internal;

import dev.platina.core.api.SecretCipher;
import dev.platina.persistence.api.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reviewers as keyed hashes: HMAC-SHA256 of the user id with a random key per organisation, sealed with the
 * installation's cipher. Without the key a pseudonym cannot be traced back to a person, not even by trying every
 * user id; with it, the same person always gets the same pseudonym, so opt-outs and purges find their cases.
 */
final class Pseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final SecretCipher cipher;
    private final SecureRandom random = new SecureRandom();

    Pseudonyms(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /** One organisation's pseudonyms for the transaction. */
    interface Pseudonymiser {
        String of(UUID userId);
    }

    /**
     * The organisation's pseudonyms, creating its key on first use, with its key row locked until the transaction
     * ends: feedback and opt-outs of one organisation take this lock first, so a purge never misses a case stored
     * concurrently by someone who has just opted out.
     */
    Pseudonymiser lock(Connection c, TenantId tenant) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.ai_learning_key (tenant_id,"
                + " sealed_key) VALUES (?, ?) ON CONFLICT (tenant_id) DO NOTHING")) {
            byte[] key = new byte[KEY_BYTES];
            random.nextBytes(key);
            insert.setObject(1, tenant.value());
            insert.setBytes(2, cipher.encrypt(key, purpose(tenant)));
            insert.executeUpdate();
        }
        return read(c, tenant, " FOR UPDATE").orElseThrow(() -> new SQLException("ai_learning_key row vanished"));
    }

    /** The organisation's pseudonyms if it has a key yet; none means no one has given feedback or opted out. */
    Optional<Pseudonymiser> existing(Connection c, TenantId tenant) throws SQLException {
        return read(c, tenant, "");
    }

    private Optional<Pseudonymiser> read(Connection c, TenantId tenant, String lock) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT sealed_key FROM platina.ai_learning_key"
                + " WHERE tenant_id = ?" + lock)) {
            query.setObject(1, tenant.value());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(pseudonymiser(cipher.decrypt(rows.getBytes(1), purpose(tenant))));
            }
        }
    }

    private static Pseudonymiser pseudonymiser(byte[] key) {
        SecretKeySpec spec = new SecretKeySpec(key, ALGORITHM);
        return userId -> {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(spec);
                byte[] digest = mac.doFinal(userId.toString().getBytes(StandardCharsets.US_ASCII));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is not available", e);
            }
        };
    }

    private static String purpose(TenantId tenant) {
        return "ai-learning-pseudonyms:" + tenant.value();
    }
}
