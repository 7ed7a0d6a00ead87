package dev.platina.skill.stripe.internal;

import dev.platina.integration.api.WebhookRefusedException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's webhook signature: {@code Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]} where each v1 is
 * the HMAC-SHA256 of {@code "<t>.<raw body>"} keyed with the endpoint's signing secret (several while a secret is
 * rolled). Other schemes (v0) are ignored; the timestamp must be within five minutes of now.
 */
final class StripeSignature {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private StripeSignature() {
    }

    static void verify(String header, byte[] body, String secret, Instant now) throws WebhookRefusedException {
        if (header == null || header.isBlank()) {
            throw new WebhookRefusedException("No Stripe-Signature header.");
        }
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String element : header.split(",")) {
            String[] pair = element.strip().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t") && pair[1].matches("[0-9]{1,12}")) {
                timestamp = Long.parseLong(pair[1]);
            } else if (pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw new WebhookRefusedException("The Stripe-Signature header has no timestamp or no v1 signature.");
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > TOLERANCE.toSeconds()) {
            throw new WebhookRefusedException("The Stripe-Signature timestamp is more than five minutes from now"
                    + " (a replay, or a clock far off).");
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        boolean matched = false;
        for (String signature : signatures) {
            // Every candidate is compared in constant time, so timing tells nothing about a forgery.
            matched |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
        }
        if (!matched) {
            throw new WebhookRefusedException("No v1 signature matches the connection's webhook signing secret.");
        }
    }

    static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
