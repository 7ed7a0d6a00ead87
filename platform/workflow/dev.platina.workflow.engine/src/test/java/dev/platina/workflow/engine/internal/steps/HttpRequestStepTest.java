package dev.platina.workflow.engine.internal.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.platina.identity.api.Caller;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP request step against a real HTTP server on loopback. */
class HttpRequestStepTest {

    private HttpServer server;
    private final Map<String, String> received = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", exchange -> {
            received.put("key", String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
            received.put("type", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            received.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"ok\": true, \"items\": [1, 2]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/busy", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            byte[] answer = "no such lead".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/huge", exchange -> {
            byte[] answer = new byte[3 * 1024];
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aJsonBodyIsSentWithTheIdempotencyKeyAndTheJsonAnswerIsTheOutput() throws Exception {
        StepOutcome outcome = new HttpRequestStep(true, 1024).execute(execution(Map.of("method", "post", "url",
                url("/echo"), "body", Map.of("lead", "Ada"))));

        assertThat(outcome.succeeded()).as(outcome.toString()).isTrue();
        assertThat(outcome.output()).containsEntry("status", 200)
                .containsEntry("body", Map.of("ok", true, "items", java.util.List.of(1, 2)));
        assertThat(received).containsEntry("key", "run-1:call").containsEntry("type", "application/json")
                .containsEntry("body", "{\"lead\":\"Ada\"}");
    }

    @Test
    void aBusyPeerIsTriedAgainButAMissingResourceIsNot() throws Exception {
        var step = new HttpRequestStep(true, 1024);

        StepOutcome busy = step.execute(execution(Map.of("url", url("/busy"))));
        StepOutcome missing = step.execute(execution(Map.of("url", url("/missing"))));

        assertThat(busy.retryable()).isTrue();
        assertThat(busy.failure()).hasValueSatisfying(f -> assertThat(f).contains("HTTP 503"));
        assertThat(missing.retryable()).isFalse();
        assertThat(missing.failure()).hasValueSatisfying(f -> assertThat(f).contains("HTTP 404", "no such lead"));
    }

    @Test
    void internalAddressesAreRefusedUnlessTheOperatorAllowsThem() throws Exception {
        StepOutcome refused = new HttpRequestStep(false, 1024).execute(execution(Map.of("url", url("/echo"))));

        assertThat(refused.retryable()).isFalse();
        assertThat(refused.failure()).hasValueSatisfying(f -> assertThat(f).contains("internal address", "127.0.0.1"));
        assertThat(received).as("nothing reached the server").isEmpty();
    }

    @Test
    void anAnswerLargerThanTheLimitIsRefusedNamingTheLimit() throws Exception {
        StepOutcome outcome = new HttpRequestStep(true, 2).execute(execution(Map.of("url", url("/huge"))));

        assertThat(outcome.failure()).hasValueSatisfying(f -> assertThat(f).contains("larger than 2 KB"));
    }

    @Test
    void anAddressThatIsNotHttpIsRefused() throws Exception {
        StepOutcome outcome = new HttpRequestStep(true, 1024).execute(execution(Map.of("url", "file:///etc/passwd")));

        assertThat(outcome.failure()).hasValueSatisfying(f -> assertThat(f).contains("not an http:// or https://"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static StepExecution execution(Map<String, Object> input) {
        return new StepExecution() {
            @Override
            public UUID runId() {
                return UUID.nameUUIDFromBytes("run-1".getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public String nodeId() {
                return "call";
            }

            @Override
            public Map<String, Object> input() {
                return input;
            }

            @Override
            public Caller caller() {
                return null;
            }

            @Override
            public String idempotencyKey() {
                return "run-1:call";
            }

            @Override
            public int attempt() {
                return 1;
            }
        };
    }
}
