package dev.platina.workflow.engine.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature scheme: {@code X-Platina-Signature: sha256=<hex>} where hex is the HMAC-SHA256 of
 * {@code "<X-Platina-Timestamp>.<raw body>"} keyed with the workflow's secret, and the timestamp (unix seconds) is
 * close to now, so a captured call cannot be replayed later.
 */
final class WebhookSignature {

    static final String PREFIX = "sha256=";
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");
    private static final Pattern SIGNATURE = Pattern.compile("sha256=[0-9a-fA-F]{64}");

    private WebhookSignature() {
    }

    static boolean wellFormed(String timestamp, String signature) {
        return timestamp != null && TIMESTAMP.matcher(timestamp).matches() && signature != null
                && SIGNATURE.matcher(signature).matches();
    }

    static boolean fresh(String timestamp, Instant now, Duration tolerance) {
        long seconds = Long.parseLong(timestamp);
        return Math.abs(now.getEpochSecond() - seconds) <= tolerance.toSeconds();
    }

    static String sign(byte[] key, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Compares in constant time, so the time taken tells nothing about how much of a forgery was right. */
    static boolean matches(byte[] key, String timestamp, byte[] body, String signature) {
        byte[] expected = sign(key, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
