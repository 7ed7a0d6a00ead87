package dev.platina.skill.caldav.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.QueuedWrite;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The writes against a CalDAV peer on the JDK's HTTP server that can be made to change an event between the
 * skill's read and its write, which a real server does not let a test time: the server's 412 keeps the conflict
 * rule.
 */
class CalendarWritesTest {
    private static final String PATH = "/alice/work/review.ics";

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String etag = "v1";
    private volatile String body = event("Review");
    private volatile boolean phoneChangesBeforeTheWrite;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/alice/work/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aChangeBetweenTheReadAndTheWriteIsRefusedByTheServerAndTheCalendarWins() throws Exception {
        phoneChangesBeforeTheWrite = true;

        CallResult result = writes().update(update("v1", "Review (from the workflow)"));

        assertThat(result.kind()).isEqualTo(CallResult.Kind.REFUSED);
        assertThat(result.message()).contains("Conflict").contains("v1").contains("v2")
                .contains("calendar's version wins");
        assertThat(requests).containsExactly("GET", "PUT If-Match=\"v1\"", "GET");
        assertThat(body).contains("SUMMARY:Review (phone)");
    }

    @Test
    void anUnchangedEventIsWrittenWithItsETag() throws Exception {
        CallResult result = writes().update(update("v1", "Review (from the workflow)"));

        assertThat(result.kind()).isEqualTo(CallResult.Kind.DONE);
        assertThat(result.receipt()).containsEntry("etag", "v2").containsEntry("outcome", "updated");
        assertThat(body).contains("SUMMARY:Review (from the workflow)").contains("SEQUENCE:1");
    }

    private CalendarWrites writes() {
        return new CalendarWrites(new CalDavClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/alice/work/"), "alice", "secret"), ZoneOffset.UTC);
    }

    private static QueuedWrite update(String readEtag, String summary) {
        return new QueuedWrite(CalDavChannel.UPDATE, Map.of("uid", "review", "etag", readEtag, "href", PATH,
                "stamp", "2026-11-22T10:00:00Z", "event", Map.of("summary", summary)));
    }

    /** GET and PUT with If-Match as RFC 4791 and RFC 9110 describe them, for one entry. */
    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
        requests.add(method + (ifMatch == null ? "" : " If-Match=" + ifMatch));
        if (!exchange.getRequestURI().getPath().equals(PATH)) {
            reply(exchange, 404, "", null);
        } else if (method.equals("GET")) {
            reply(exchange, 200, body, etag);
        } else if (method.equals("PUT")) {
            String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (phoneChangesBeforeTheWrite) {
                body = event("Review (phone)");
                etag = "v2";
            }
            if (ifMatch != null && !ifMatch.equals("\"" + etag + "\"")) {
                reply(exchange, 412, "", null);
                return;
            }
            body = sent;
            etag = "v2";
            reply(exchange, 204, "", etag);
        } else {
            reply(exchange, 405, "", null);
        }
    }

    private static void reply(HttpExchange exchange, int status, String text, String etag) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (etag != null) {
            exchange.getResponseHeaders().set("ETag", "\"" + etag + "\"");
        }
        if (!text.isEmpty()) {
            exchange.getResponseHeaders().set("Content-Type", "text/calendar; charset=utf-8");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String event(String summary) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:review\r\nDTSTART:20261201T090000Z\r\n"
                + "DTEND:20261201T093000Z\r\nSUMMARY:" + summary + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }
}
