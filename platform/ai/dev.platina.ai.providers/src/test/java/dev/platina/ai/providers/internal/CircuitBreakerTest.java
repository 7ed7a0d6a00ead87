package dev.platina.ai.providers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.platina.ai.api.ChatMessage;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.LanguageModel;
import dev.platina.ai.api.LanguageModelException;
import dev.platina.ai.api.LanguageModelException.Kind;
import dev.platina.ai.api.ProviderSettings;
import dev.platina.ai.providers.internal.ProviderPeer.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The breaker of one connection, seen from the caller while a local peer fails and recovers. */
class CircuitBreakerTest {

    private static final String OUTAGE = "{\"error\":{\"message\":\"upstream down\",\"type\":\"server_error\"}}";
    private static final String ANSWER = """
            {"choices":[{"index":0,"message":{"role":"assistant","content":"back"},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":1,"completion_tokens":1}}""";

    private ProviderPeer peer;
    private FakeTime time;
    private LanguageModel model;

    @BeforeEach
    void start() throws IOException {
        peer = new ProviderPeer();
        time = new FakeTime();
        model = new OpenAiCompatibleProvider(time.resilience()).connect(new ProviderSettings("openai-compatible",
                peer.baseUrl("/v1"), "", "llama3.2", Duration.ofSeconds(5), 0, Map.of()));
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    private static ChatRequest ask() {
        return new ChatRequest("", "", List.of(ChatMessage.user("Hi")), List.of(), 50, 0);
    }

    private LanguageModelException failure() {
        return catchThrowableOfType(LanguageModelException.class, () -> model.chat(ask()));
    }

    private void failFiveTimes() {
        for (int i = 0; i < CircuitBreaker.FAILURES_TO_OPEN; i++) {
            assertThat(failure().kind()).isEqualTo(Kind.UNAVAILABLE);
        }
    }

    @Test
    void opensAfterFiveFailuresInARowAndClosesAfterASuccessfulTrial() {
        peer.replies(Reply.json(503, OUTAGE));
        failFiveTimes();

        LanguageModelException open = failure();
        assertThat(open.kind()).isEqualTo(Kind.CIRCUIT_OPEN);
        assertThat(open.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(open.getMessage()).contains("paused for 30 s after 5 failures in a row").contains("upstream down");
        assertThat(peer.received()).hasSize(5);

        time.advance(Duration.ofSeconds(29));
        assertThat(failure().retryAfter()).contains(Duration.ofSeconds(1));
        assertThat(peer.received()).hasSize(5);

        time.advance(Duration.ofSeconds(1));
        peer.replies(Reply.json(200, ANSWER));
        assertThat(model.chat(ask()).text()).isEqualTo("back");
        assertThat(model.chat(ask()).text()).isEqualTo("back");
        assertThat(peer.received()).hasSize(7);
    }

    @Test
    void aFailedTrialOpensTheCircuitForAnotherPause() {
        peer.replies(Reply.json(503, OUTAGE));
        failFiveTimes();
        time.advance(CircuitBreaker.OPEN_FOR);

        assertThat(failure().kind()).isEqualTo(Kind.UNAVAILABLE);
        LanguageModelException again = failure();

        assertThat(again.kind()).isEqualTo(Kind.CIRCUIT_OPEN);
        assertThat(again.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(peer.received()).hasSize(6);
    }

    @Test
    void refusalsShowTheProviderIsAliveAndDoNotOpenIt() {
        peer.replies(Reply.json(400, "{\"error\":{\"message\":\"bad\",\"type\":\"invalid_request_error\"}}"));
        for (int i = 0; i < 2 * CircuitBreaker.FAILURES_TO_OPEN; i++) {
            assertThat(failure().kind()).isEqualTo(Kind.REFUSED);
        }
        assertThat(peer.received()).hasSize(10);
    }

    @Test
    void aSuccessResetsTheCountOfFailures() {
        peer.replies(Reply.json(503, OUTAGE), Reply.json(503, OUTAGE), Reply.json(503, OUTAGE),
                Reply.json(503, OUTAGE), Reply.json(200, ANSWER), Reply.json(503, OUTAGE));
        for (int i = 0; i < 4; i++) {
            failure();
        }
        model.chat(ask());

        for (int i = 0; i < 4; i++) {
            assertThat(failure().kind()).isEqualTo(Kind.UNAVAILABLE);
        }
        assertThat(peer.received()).hasSize(9);
    }

    @Test
    void retriesOfOneCallCountTowardsOpeningItAndStopWhenItOpens() {
        LanguageModel patient = new OpenAiCompatibleProvider(time.resilience()).connect(new ProviderSettings(
                "openai-compatible", peer.baseUrl("/v1"), "", "llama3.2", Duration.ofSeconds(5), 8, Map.of()));
        peer.replies(Reply.json(503, OUTAGE));

        LanguageModelException e = catchThrowableOfType(LanguageModelException.class, () -> patient.chat(ask()));

        assertThat(e.kind()).isEqualTo(Kind.CIRCUIT_OPEN);
        assertThat(peer.received()).hasSize(5);
        assertThat(time.sleeps()).hasSize(5);
    }
}
