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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What reaches the caller when the wire fails: unreadable, oversized or missing answers. */
class TransportFailuresTest {

    private static final String KEY = "sk-ant-secret-transport-1234";

    private ProviderPeer peer;
    private FakeTime time;

    @BeforeEach
    void start() throws IOException {
        peer = new ProviderPeer();
        time = new FakeTime();
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    private LanguageModel connect(URI baseUrl, Duration timeout, int maxRetries) {
        return new AnthropicProvider(time.resilience()).connect(
                new ProviderSettings("anthropic", baseUrl, KEY, "claude-haiku-4-5", timeout, maxRetries, Map.of()));
    }

    private static ChatRequest ask() {
        return new ChatRequest("", "", List.of(ChatMessage.user("Hi")), List.of(), 100, 0);
    }

    private LanguageModelException failureOf(LanguageModel model) {
        LanguageModelException e = catchThrowableOfType(LanguageModelException.class, () -> model.chat(ask()));
        assertThat(e).as("a LanguageModelException").isNotNull();
        assertThat(e.getMessage()).doesNotContain(KEY);
        return e;
    }

    @Test
    void malformedJsonIsABadResponseAndNotRetried() {
        peer.replies(Reply.json(200, "{\"content\":[{\"type\":\"text\",\"text\":\"cut off"));

        LanguageModelException e = failureOf(connect(peer.baseUrl(""), Duration.ofSeconds(5), 3));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).startsWith("Could not read the answer of Anthropic: the answer is not valid JSON");
        assertThat(peer.received()).hasSize(1);
    }

    @Test
    void anAnswerWithoutContentBlocksIsABadResponse() {
        peer.replies(Reply.json(200, "{\"type\":\"message\",\"usage\":{}}"));

        assertThat(failureOf(connect(peer.baseUrl(""), Duration.ofSeconds(5), 0)).kind())
                .isEqualTo(Kind.BAD_RESPONSE);
    }

    @Test
    void aHugeStreamedBodyIsCutOffAsABadResponse() {
        peer.replies(Reply.json(200, hugeAnswer()).streamed());

        LanguageModelException e = failureOf(connect(peer.baseUrl(""), Duration.ofSeconds(10), 3));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("larger than " + Resilience.MAX_BODY_BYTES + " bytes");
        assertThat(peer.received()).hasSize(1);
    }

    @Test
    void aHugeBodyWithItsLengthDeclaredIsRefusedBeforeReading() {
        peer.replies(Reply.json(200, hugeAnswer()));

        LanguageModelException e = failureOf(connect(peer.baseUrl(""), Duration.ofSeconds(10), 0));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("larger than");
    }

    @Test
    void aSilentServerTimesOut() {
        peer.replies(Reply.silent());
        long started = System.nanoTime();

        LanguageModelException e = failureOf(connect(peer.baseUrl(""), Duration.ofMillis(300), 1));

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.getMessage()).contains("No answer from Anthropic within 0.3 s")
                .contains("raise the timeout in the AI settings");
        assertThat(peer.received()).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aServerThatCannotBeReachedIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        LanguageModelException e = failureOf(connect(URI.create("http://127.0.0.1:" + closedPort),
                Duration.ofSeconds(2), 1));

        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e.getMessage()).startsWith("Could not reach Anthropic at 127.0.0.1:" + closedPort)
                .contains("check the base URL and the network");
        assertThat(time.sleeps()).hasSize(1);
    }

    private static String hugeAnswer() {
        char[] filler = new char[(int) Resilience.MAX_BODY_BYTES + 1024];
        Arrays.fill(filler, 'x');
        return "{\"content\":[{\"type\":\"text\",\"text\":\"" + new String(filler) + "\"}]}";
    }
}
