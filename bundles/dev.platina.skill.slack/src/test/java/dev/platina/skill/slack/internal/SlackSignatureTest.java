package dev.platina.skill.slack.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.integration.api.WebhookRefusedException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlackSignatureTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final byte[] BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&command=%2Fweather"
            .getBytes(StandardCharsets.UTF_8);
    private static final Instant SENT = Instant.ofEpochSecond(1531420618);

    @Test
    void aSignatureIsV0AndTheHexOfTheHmacOverVersionTimestampAndBody() {
        String signature = SlackSignature.sign(SECRET, SENT.getEpochSecond(), BODY);

        assertThat(signature).matches("v0=[0-9a-f]{64}");
        assertThatCode(() -> SlackSignature.verify("1531420618", signature, BODY, SECRET, SENT.plusSeconds(299)))
                .doesNotThrowAnyException();
        assertThat(SlackSignature.sign(SECRET, SENT.getEpochSecond() + 1, BODY)).isNotEqualTo(signature);
    }

    @Test
    void aForgedChangedStaleOrMissingSignatureIsRefused() {
        String signature = SlackSignature.sign(SECRET, SENT.getEpochSecond(), BODY);

        assertThatThrownBy(() -> SlackSignature.verify("1531420618", SlackSignature.sign("guess", SENT
                .getEpochSecond(), BODY), BODY, SECRET, SENT)).isInstanceOf(WebhookRefusedException.class)
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> SlackSignature.verify("1531420618", signature, "token=other".getBytes(
                StandardCharsets.UTF_8), SECRET, SENT)).isInstanceOf(WebhookRefusedException.class);
        assertThatThrownBy(() -> SlackSignature.verify("1531420618", signature, BODY, SECRET,
                SENT.plusSeconds(301))).isInstanceOf(WebhookRefusedException.class).hasMessageContaining("replay");
        assertThatThrownBy(() -> SlackSignature.verify("1531420618", signature, BODY, SECRET,
                SENT.minusSeconds(301))).isInstanceOf(WebhookRefusedException.class);
        assertThatThrownBy(() -> SlackSignature.verify(null, signature, BODY, SECRET, SENT))
                .isInstanceOf(WebhookRefusedException.class);
        assertThatThrownBy(() -> SlackSignature.verify("soon", signature, BODY, SECRET, SENT))
                .isInstanceOf(WebhookRefusedException.class);
    }
}
