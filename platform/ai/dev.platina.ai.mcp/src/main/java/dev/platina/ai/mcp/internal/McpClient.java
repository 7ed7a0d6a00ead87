package dev.platina.ai.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A client of one MCP server over Streamable HTTP: it initialises a session on first use (keeping the server's
 * {@code Mcp-Session-Id}), lists tools page by page and calls them. Each answer may come as JSON or as a stream
 * of server-sent events holding the response. The configured headers (credentials) go with every request and
 * never into a message. Not for concurrent use: one client per task.
 */
final class McpClient implements AutoCloseable {

    static final String LATEST_VERSION = "2025-06-18";
    static final Set<String> VERSIONS = Set.of(LATEST_VERSION, "2025-03-26");
    private static final int MOST_PAGES = 50;
    private static final int MOST_TOOLS = 1000;
    static final String IDEMPOTENCY_KEY = "dev.platina/idempotency-key";

    private final McpTransport transport;
    private final URI endpoint;
    private final Map<String, String> headers;
    private final String server;
    private final AnswerReader answers;
    private long lastId;
    private boolean initialised;
    private Optional<String> sessionId = Optional.empty();
    private String protocolVersion = LATEST_VERSION;

    McpClient(McpTransport transport, URI endpoint, Map<String, String> headers) {
        this.transport = transport;
        this.endpoint = endpoint;
        this.headers = Map.copyOf(headers);
        this.server = endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort());
        this.answers = new AnswerReader(transport, server);
    }

    /** Every tool the server offers, following {@code nextCursor} until the last page. */
    List<RemoteTool> listTools() {
        var tools = new ArrayList<RemoteTool>();
        var seenCursors = new HashSet<String>();
        Optional<String> cursor = Optional.empty();
        for (int page = 0; page < MOST_PAGES; page++) {
            Map<String, Object> params = new LinkedHashMap<>();
            cursor.ifPresent(c -> params.put("cursor", c));
            JsonNode result = call("tools/list", params);
            for (JsonNode tool : result.path("tools")) {
                String name = tool.path("name").asText("");
                if (!name.isEmpty() && tools.size() < MOST_TOOLS) {
                    tools.add(new RemoteTool(name, tool.path("description").asText(""),
                            McpJson.map(tool.path("inputSchema"))));
                }
            }
            JsonNode next = result.path("nextCursor");
            if (!next.isTextual() || next.asText().isEmpty() || !seenCursors.add(next.asText())) {
                return tools;
            }
            cursor = Optional.of(next.asText());
        }
        return tools;
    }

    /** Calls a tool; a tool that reports an error is a result with {@code isError}, not an exception. */
    ToolResult callTool(String name, Map<String, Object> arguments) {
        return callTool(name, arguments, Optional.empty());
    }

    /**
     * Calls a tool, passing {@code idempotencyKey} in the request's {@code _meta} so that a server which
     * understands it can tell a retry (after a lost answer) from a new call; MCP itself has no such key.
     */
    ToolResult callTool(String name, Map<String, Object> arguments, Optional<String> idempotencyKey) {
        var params = new LinkedHashMap<String, Object>();
        params.put("name", name);
        params.put("arguments", arguments);
        idempotencyKey.ifPresent(key -> params.put("_meta", Map.of(IDEMPOTENCY_KEY, key)));
        JsonNode result = call("tools/call", params);
        var texts = new ArrayList<String>();
        for (JsonNode content : result.path("content")) {
            if ("text".equals(content.path("type").asText())) {
                texts.add(content.path("text").asText(""));
            } else if (content.has("type")) {
                texts.add("[" + content.path("type").asText() + " content]");
            }
        }
        JsonNode structured = result.path("structuredContent");
        return new ToolResult(texts, structured.isObject() ? Optional.of(McpJson.map(structured))
                : Optional.empty(), result.path("isError").asBoolean(false));
    }

    /** Ends the session on the server, if it gave one; a server that does not allow that is fine. */
    @Override
    public void close() {
        if (sessionId.isEmpty()) {
            return;
        }
        try {
            HttpRequest.Builder request = request().DELETE();
            transport.http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // The session expires on the server on its own.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sessionId = Optional.empty();
    }

    private JsonNode call(String method, Map<String, Object> params) {
        if (!initialised) {
            initialise();
        }
        try {
            return exchange(method, params);
        } catch (SessionEnded e) {
            // The server forgot the session (restart, expiry): start a new one, once.
            initialised = false;
            sessionId = Optional.empty();
            initialise();
            return exchange(method, params);
        }
    }

    private void initialise() {
        JsonNode result = exchange("initialize", Map.of("protocolVersion", LATEST_VERSION, "capabilities", Map.of(),
                "clientInfo", Map.of("name", "platina", "version", "1")));
        String offered = result.path("protocolVersion").asText("");
        if (!VERSIONS.contains(offered)) {
            throw new McpException("The MCP server " + server + " speaks protocol version '" + offered
                    + "'; Platina speaks " + String.join(" and ", VERSIONS) + ".", false);
        }
        protocolVersion = offered;
        initialised = true;
        notify("notifications/initialized");
    }

    private void notify(String method) {
        var message = new LinkedHashMap<String, Object>();
        message.put("jsonrpc", "2.0");
        message.put("method", method);
        HttpResponse<InputStream> response = post(message);
        // Nothing is expected back from a notification.
        discard(response);
        if (response.statusCode() >= 400) {
            throw failure(response.statusCode());
        }
    }

    private JsonNode exchange(String method, Map<String, Object> params) {
        long id = ++lastId;
        var message = new LinkedHashMap<String, Object>();
        message.put("jsonrpc", "2.0");
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        HttpResponse<InputStream> response = post(message);
        if (response.statusCode() == 404 && sessionId.isPresent() && !method.equals("initialize")) {
            discard(response);
            throw new SessionEnded();
        }
        if (response.statusCode() != 200) {
            discard(response);
            throw failure(response.statusCode());
        }
        if (method.equals("initialize")) {
            sessionId = response.headers().firstValue("Mcp-Session-Id").filter(s -> !s.isBlank());
        }
        JsonNode answer = answers.read(response, id);
        if (answer.has("error")) {
            JsonNode error = answer.path("error");
            throw new McpException("The MCP server " + server + " refused " + method + ": "
                    + error.path("message").asText("no reason given") + " (JSON-RPC error "
                    + error.path("code").asText("?") + ").", false);
        }
        if (!answer.path("result").isObject()) {
            throw new McpException("The MCP server " + server + " answered " + method + " without a result.",
                    false);
        }
        return answer.path("result");
    }

    private HttpResponse<InputStream> post(Map<String, Object> message) {
        HttpRequest.Builder request = request().header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(McpJson.bytes(message)));
        try {
            return transport.http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw timeout(e);
        } catch (ConnectException e) {
            throw new McpException("The MCP server " + server + " could not be reached (connection refused or no"
                    + " route). Is it running at this address?", true, e);
        } catch (IOException e) {
            throw new McpException("The connection to the MCP server " + server + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new McpException("The call to the MCP server " + server + " was interrupted.", true, e);
        }
    }

    private HttpRequest.Builder request() {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(transport.timeout);
        headers.forEach(request::header);
        if (initialised) {
            request.header("MCP-Protocol-Version", protocolVersion);
        }
        sessionId.ifPresent(id -> request.header("Mcp-Session-Id", id));
        return request;
    }

    private McpException timeout(Exception cause) {
        return AnswerReader.timeout(server, transport, cause);
    }

    private McpException failure(int status) {
        if (status == 401 || status == 403) {
            return new McpException("The MCP server " + server + " refused the credentials (HTTP " + status
                    + "): check the headers stored for it, such as Authorization.", false);
        }
        if (status == 404 || status == 405) {
            return new McpException("There is no MCP endpoint at this address on " + server + " (HTTP " + status
                    + "); check the URL, which often ends in /mcp.", false);
        }
        boolean retryable = status == 408 || status == 429 || status >= 500;
        return new McpException("The MCP server " + server + " answered HTTP " + status
                + (retryable ? "; it may work again later." : "."), retryable);
    }

    private static void discard(HttpResponse<InputStream> response) {
        closeQuietly(response.body());
    }

    private static void closeQuietly(InputStream stream) {
        AnswerReader.closeQuietly(stream);
    }

    /** The server no longer knows our session. */
    private static final class SessionEnded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SessionEnded() {
            super(null, null, false, false);
        }
    }
}
