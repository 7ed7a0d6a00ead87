package dev.platina.skill.slack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.VendorAnswer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackAnswerTest {

    @Test
    void slacksErrorCodesSayWhetherToWaitForAnAdministratorTryAgainOrGiveUp() {
        assertThat(answer(200, "{\"ok\":false,\"error\":\"token_revoked\"}").failure().kind())
                .isEqualTo(CallResult.Kind.CREDENTIALS_REFUSED);
        assertThat(answer(200, "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"chat:write\"}").failure()
                .message()).isEqualTo("the app lacks a permission scope; add it under OAuth & Permissions and reinstall"
                + " the app (missing_scope) (needed: chat:write)");
        assertThat(answer(200, "{\"ok\":false,\"error\":\"not_in_channel\"}").failure()).satisfies(f -> {
            assertThat(f.kind()).isEqualTo(CallResult.Kind.REFUSED);
            assertThat(f.message()).contains("invite it");
        });
        assertThat(answer(200, "{\"ok\":false,\"error\":\"invalid_blocks\"}").failure().kind())
                .isEqualTo(CallResult.Kind.REFUSED);
        assertThat(answer(200, "{\"ok\":false,\"error\":\"internal_error\"}").failure().kind())
                .isEqualTo(CallResult.Kind.UNAVAILABLE);
        assertThat(answer(503, "").failure().kind()).isEqualTo(CallResult.Kind.UNAVAILABLE);
        CallResult limited = new SlackAnswer(new VendorAnswer(429, "{\"ok\":false,\"error\":\"ratelimited\"}",
                Map.of(), Optional.of(Duration.ofSeconds(30))), SlackAnswer.of(new VendorAnswer(429,
                        "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of(), Optional.empty())).json()).failure();
        assertThat(limited.kind()).isEqualTo(CallResult.Kind.THROTTLED);
        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(answer(200, "{\"ok\":true}").ok()).isTrue();
        assertThat(answer(200, "<html>proxy</html>").ok()).isFalse();
    }

    private static SlackAnswer answer(int status, String body) {
        return SlackAnswer.of(new VendorAnswer(status, body, Map.of(), Optional.empty()));
    }
}
