package dev.platina.skill.stripe.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.integration.api.WebhookRefusedException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StripeSignatureTest {

    private static final String SECRET = "whsec_test_8c1f2e";
    private static final byte[] BODY = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void aSignatureOfTheRawBodyWithinFiveMinutesIsAccepted() {
        long t = NOW.getEpochSecond() - 299;
        assertThatCode(() -> StripeSignature.verify(header(t, StripeSignature.sign(SECRET, t, BODY)), BODY, SECRET,
                NOW)).doesNotThrowAnyException();
    }

    @Test
    void oneMatchingV1AmongSeveralIsEnoughWhileASecretIsRolled() {
        long t = NOW.getEpochSecond();
        String header = "t=" + t + ",v1=" + StripeSignature.sign("whsec_old", t, BODY) + ",v1="
                + StripeSignature.sign(SECRET, t, BODY) + ",v0=" + "ab".repeat(32);
        assertThatCode(() -> StripeSignature.verify(header, BODY, SECRET, NOW)).doesNotThrowAnyException();
    }

    @Test
    void staleForgedAlteredAndUnsignedDeliveriesAreRefused() {
        long t = NOW.getEpochSecond();
        long stale = t - 301;
        assertThatThrownBy(() -> StripeSignature.verify(header(stale, StripeSignature.sign(SECRET, stale, BODY)),
                BODY, SECRET, NOW)).isInstanceOf(WebhookRefusedException.class).hasMessageContaining("five minutes");
        assertThatThrownBy(() -> StripeSignature.verify(header(t, StripeSignature.sign("whsec_guess", t, BODY)),
                BODY, SECRET, NOW)).isInstanceOf(WebhookRefusedException.class);
        byte[] altered = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\",\"x\":1}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StripeSignature.verify(header(t, StripeSignature.sign(SECRET, t, BODY)), altered,
                SECRET, NOW)).isInstanceOf(WebhookRefusedException.class);
        assertThatThrownBy(() -> StripeSignature.verify(null, BODY, SECRET, NOW))
                .isInstanceOf(WebhookRefusedException.class);
        assertThatThrownBy(() -> StripeSignature.verify("t=" + t, BODY, SECRET, NOW))
                .isInstanceOf(WebhookRefusedException.class);
        assertThatThrownBy(() -> StripeSignature.verify("v0=" + StripeSignature.sign(SECRET, t, BODY) + ",t=" + t,
                BODY, SECRET, NOW)).isInstanceOf(WebhookRefusedException.class);
    }

    static String header(long t, String v1) {
        return "t=" + t + ",v1=" + v1;
    }
}
