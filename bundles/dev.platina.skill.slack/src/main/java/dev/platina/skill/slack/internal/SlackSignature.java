package dev.platina.skill.slack.internal;

import dev.platina.integration.api.WebhookRefusedException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature: {@code X-Slack-Signature: v0=<hex>}, the HMAC-SHA256 of
 * {@code "v0:<X-Slack-Request-Timestamp>:<raw body>"} keyed with the app's signing secret. Events and interactivity
 * payloads are signed the same way. A timestamp more than five minutes from now is refused as a replay.
 */
final class SlackSignature {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private SlackSignature() {
    }

    static void verify(String timestamp, String signature, byte[] body, String secret, Instant now)
            throws WebhookRefusedException {
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            throw new WebhookRefusedException("No X-Slack-Signature or X-Slack-Request-Timestamp header.");
        }
        if (!timestamp.strip().matches("[0-9]{1,12}")) {
            throw new WebhookRefusedException("The X-Slack-Request-Timestamp is not a time in seconds.");
        }
        long seconds = Long.parseLong(timestamp.strip());
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            throw new WebhookRefusedException("The X-Slack-Request-Timestamp is more than five minutes from now"
                    + " (a replay, or a clock far off).");
        }
        byte[] expected = sign(secret, seconds, body).getBytes(StandardCharsets.US_ASCII);
        // Compared in constant time, so the answer's timing tells a forger nothing about the right signature.
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw new WebhookRefusedException("The X-Slack-Signature does not match the connection's signing"
                    + " secret.");
        }
    }

    /** {@code v0=<hex>} for a body sent at {@code timestamp} (seconds). */
    static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
