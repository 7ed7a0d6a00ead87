package dev.platina.identity.impl.internal;

import dev.platina.persistence.api.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Bearer tokens: {@code plt_} + base64url(organisation id, 32 random bytes). The organisation part lets a request
 * be resolved within its tenant without a platform-wide lookup; the random part is the secret. Only a SHA-256 of
 * the whole token is stored, which suffices for 256 bits of randomness.
 */
final class Tokens {

    static final String PREFIX = "plt_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String issue(TenantId organization) {
        var buffer = ByteBuffer.allocate(48);
        buffer.putLong(organization.value().getMostSignificantBits());
        buffer.putLong(organization.value().getLeastSignificantBits());
        var secret = new byte[32];
        RANDOM.nextBytes(secret);
        buffer.put(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** The organisation a well-formed token belongs to; empty for anything else. */
    static Optional<TenantId> organizationOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() != PREFIX.length() + 64) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token.substring(PREFIX.length()));
            var buffer = ByteBuffer.wrap(bytes);
            return Optional.of(new TenantId(new UUID(buffer.getLong(), buffer.getLong())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
