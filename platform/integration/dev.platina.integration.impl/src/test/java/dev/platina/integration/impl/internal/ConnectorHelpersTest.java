package dev.platina.integration.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.platina.core.api.InvalidInputException;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.StepInput;
import dev.platina.integration.api.VendorAnswer;
import dev.platina.integration.api.VendorHttp;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The helpers connectors share: the collecting input reader and the vendor HTTP client. */
class ConnectorHelpersTest {

    @Test
    void theInputReaderNamesEveryWrongFieldAtOnce() {
        var given = new LinkedHashMap<String, Object>();
        given.put("email", "not-an-address");
        given.put("count", 2.5);
        given.put("when", "tomorrow");
        given.put("kind", "other");
        given.put("name", "  Ada  ");
        given.put("nested", Map.of("amount", "x"));
        given.put("essay", "x".repeat(41));
        var input = new StepInput(given, 40);

        assertThat(input.text("name", true)).contains("Ada");
        assertThat(input.email("email", true)).isEmpty();
        assertThat(input.wholeNumber("count", false, 1, 9)).isEmpty();
        assertThat(input.instant("when", false)).isEmpty();
        assertThat(input.oneOf("kind", false, Set.of("a", "b"))).isEmpty();
        assertThat(input.text("missing", true)).isEmpty();
        assertThat(input.text("essay", false)).isEmpty();
        input.object("nested").ifPresent(nested -> {
            nested.wholeNumber("amount", true, 0, 10);
            input.merge("nested", nested);
        });

        assertThatThrownBy(input::check).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.fieldErrors()).containsOnlyKeys("email", "count", "when", "kind", "missing", "essay", "nested.amount")
                .containsEntry("missing", "is required").containsEntry("email", "is not an e-mail address")
                .containsEntry("essay", "is longer than 40 characters"));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsADateAndNonsenseIsIgnored() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        assertThat(VendorHttp.retryAfter(Optional.of("17"), now)).contains(Duration.ofSeconds(17));
        assertThat(VendorHttp.retryAfter(Optional.of("Sun, 22 Nov 2026 10:01:30 GMT"), now))
                .contains(Duration.ofSeconds(90));
        assertThat(VendorHttp.retryAfter(Optional.of("soon"), now)).isEmpty();
        assertThat(VendorHttp.retryAfter(Optional.of("Mon, 23 Nov 2026 11:00:00 GMT"), now)).isEmpty();
        assertThat(VendorHttp.retryAfter(Optional.empty(), now)).isEmpty();
    }

    @Test
    void theClientSendsItsHeadersAndReadsStatusBodyAndRetryAfter() throws Exception {
        var seen = new AtomicReference<String>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/things", exchange -> {
            seen.set(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization")
                    + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"error\":\"slow down\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Retry-After", "3");
            exchange.sendResponseHeaders(429, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            VendorHttp http = VendorHttp.at("http://127.0.0.1:" + server.getAddress().getPort() + "/",
                    Map.of("Authorization", "Bearer t0k"));
            VendorAnswer answer = http.form("/v1/things", Map.of("name", "Ada Lovelace"), Map.of());

            assertThat(seen.get()).isEqualTo("POST Bearer t0k application/x-www-form-urlencoded name=Ada+Lovelace");
            assertThat(answer.ok()).isFalse();
            assertThat(answer.body()).contains("slow down");
            assertThat(answer.header("retry-after")).contains("3");
            CallResult failure = answer.failure("Acme", "slow down");
            assertThat(failure.kind()).isEqualTo(CallResult.Kind.THROTTLED);
            assertThat(failure.retryAfter()).contains(Duration.ofSeconds(3));
            assertThat(failure.message()).isEqualTo("Acme answered 429: slow down");
        } finally {
            server.stop(0);
        }
    }
}
