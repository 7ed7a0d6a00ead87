package dev.platina.notification.impl.internal;

import dev.platina.persistence.api.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for one-tap decisions from a notification: each says which person may take which decision on which task,
 * until when, signed with the installation's key (HMAC-SHA256). A token carries no session and can do nothing
 * else; the decision itself still goes through the task's policy as that person.
 */
final class ActionTokens {

    static final Duration LIFETIME = Duration.ofDays(3);
    private static final String VERSION = "v1";

    private final byte[] key;

    ActionTokens(byte[] key) {
        this.key = key.clone();
    }

    /** What a valid token allows. */
    record Grant(TenantId organization, UUID approvalId, UUID userId, String verdict) {
    }

    String issue(TenantId organization, UUID approvalId, UUID userId, String verdict, Instant now) {
        String claims = String.join("|", VERSION, organization.value().toString(), approvalId.toString(),
                userId.toString(), verdict, Long.toString(now.plus(LIFETIME).getEpochSecond()));
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + base64.encodeToString(sign(
                claims));
    }

    /** The grant of a token that is well-formed, signed with this installation's key and not expired. */
    Optional<Grant> verify(String token, Instant now) {
        if (token == null || token.length() > 600) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            String claims = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(claims))) {
                return Optional.empty();
            }
            String[] parts = claims.split("\\|");
            if (parts.length != 6 || !parts[0].equals(VERSION)
                    || Instant.ofEpochSecond(Long.parseLong(parts[5])).isBefore(now)) {
                return Optional.empty();
            }
            return Optional.of(new Grant(new TenantId(UUID.fromString(parts[1])), UUID.fromString(parts[2]),
                    UUID.fromString(parts[3]), parts[4]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String claims) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(claims.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
