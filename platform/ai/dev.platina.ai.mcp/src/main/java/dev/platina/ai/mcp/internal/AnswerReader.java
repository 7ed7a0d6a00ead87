package dev.platina.ai.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads the JSON-RPC response to one request from an MCP server's answer: a JSON body, or the events of a stream
 * among which requests, notifications and other ids' responses are skipped. The answer is read within the time
 * limit (the watchdog closes a stream that keeps going) and up to the size limit.
 */
final class AnswerReader {

    private final McpTransport transport;
    private final String server;

    AnswerReader(McpTransport transport, String server) {
        this.transport = transport;
        this.server = server;
    }

    /** Reads the response to {@code id}, from a JSON body or from the events of a stream, within the time limit. */
    JsonNode read(HttpResponse<InputStream> response, long id) {
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        var timedOut = new AtomicBoolean();
        InputStream body = new LimitedInput(response.body(), transport.maxResponseBytes, server);
        ScheduledFuture<?> deadline = transport.watchdog.schedule(() -> {
            timedOut.set(true);
            closeQuietly(body);
        }, transport.timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (body) {
            if (type.startsWith("application/json")) {
                return matching(McpJson.MAPPER.readTree(body), id).orElseThrow(() -> new McpException(
                        "The MCP server " + server + " answered with another request's response.", false));
            }
            if (type.startsWith("text/event-stream")) {
                var events = new ServerSentEvents(body);
                for (Optional<String> data = events.next(); data.isPresent(); data = events.next()) {
                    Optional<JsonNode> answer = matching(parse(data.get()), id);
                    if (answer.isPresent()) {
                        return answer.get();
                    }
                }
                throw new McpException("The MCP server " + server + " ended its event stream without answering.",
                        true);
            }
            throw new McpException("The MCP server " + server + " answered with '" + type + "'; MCP answers are"
                    + " application/json or text/event-stream. Is the address the server's MCP endpoint?", false);
        } catch (IOException e) {
            if (timedOut.get()) {
                throw timeout(server, transport, e);
            }
            throw new McpException("The MCP server " + server + " sent an answer that could not be read: "
                    + e.getMessage(), true, e);
        } finally {
            deadline.cancel(false);
        }
    }

    private JsonNode parse(String data) {
        try {
            return McpJson.MAPPER.readTree(data);
        } catch (IOException e) {
            throw new McpException("The MCP server " + server + " sent an event that is not JSON.", false, e);
        }
    }

    /** The message if it is the response to {@code id}; requests and notifications from the server are skipped. */
    private static Optional<JsonNode> matching(JsonNode message, long id) {
        if (message == null || !message.isObject() || message.has("method")) {
            return Optional.empty();
        }
        JsonNode answered = message.path("id");
        boolean same = answered.isNumber() ? answered.asLong() == id : answered.asText("").equals(Long.toString(id));
        return same && (message.has("result") || message.has("error")) ? Optional.of(message) : Optional.empty();
    }

    static McpException timeout(String server, McpTransport transport, Exception cause) {
        return new McpException("The MCP server " + server + " did not answer within "
                + transport.timeout.toSeconds() + " s.", true, cause);
    }

    static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // Closing is only to release the connection.
        }
    }
}
