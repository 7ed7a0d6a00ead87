package dev.platina.skill.hubspot.internal;

import dev.platina.integration.api.WebhookRefusedException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HubSpot's webhook signature v3: {@code X-HubSpot-Signature-v3} is the Base64 HMAC-SHA256, keyed with the app's
 * client secret, of method + full request URI + raw body + {@code X-HubSpot-Request-Timestamp} (milliseconds since
 * the epoch). A timestamp more than five minutes old is refused, so a captured delivery cannot be replayed later.
 */
final class HubSpotSignature {
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private HubSpotSignature() {
    }

    static void verify(String signature, String timestamp, String method, String uri, byte[] body, String secret,
            Instant now) throws WebhookRefusedException {
        if (signature == null || signature.isBlank()) {
            throw new WebhookRefusedException("No X-HubSpot-Signature-v3 header.");
        }
        if (timestamp == null || !timestamp.strip().matches("[0-9]{1,15}")) {
            throw new WebhookRefusedException("No X-HubSpot-Request-Timestamp header in milliseconds.");
        }
        long sentAt = Long.parseLong(timestamp.strip());
        // Older than five minutes is a replay; a little in the future is a clock slightly ahead, refused beyond that.
        if (now.toEpochMilli() - sentAt > TOLERANCE.toMillis() || sentAt - now.toEpochMilli() > TOLERANCE.toMillis()) {
            throw new WebhookRefusedException("The X-HubSpot-Request-Timestamp is more than five minutes from now"
                    + " (a replay, or a clock far off).");
        }
        byte[] expected = sign(secret, method, uri, body, timestamp.strip()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            // The address goes into the audit record: a proxy that changes it is the usual cause, and it is no secret.
            throw new WebhookRefusedException("The X-HubSpot-Signature-v3 does not match the connection's client"
                    + " secret and the webhook address " + uri + ".");
        }
    }

    static String sign(String secret, String method, String uri, byte[] body, String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((method + uri).getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
