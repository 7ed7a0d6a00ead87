package dev.platina.ai.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small MCP server over Streamable HTTP on the JDK's HTTP server, for tests: it hands out a session on
 * initialize and insists on it afterwards, lists three tools on two pages, and answers tools/call as JSON or as an
 * event stream. Its tools: {@code echo} (text and structured content), {@code fail} (a tool error), {@code hang}
 * (never answers in time) and {@code flood} (an endless answer). It can demand a bearer token and forget sessions.
 */
final class McpPeer implements AutoCloseable {

    static final String SESSION = "peer-session-7";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Received(String method, Map<String, String> headers, JsonNode message) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final List<String> deletedSessions = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    volatile boolean streamAnswers;
    volatile String requiredAuthorization;
    volatile int forgetSessionsOnce;
    volatile int failWithStatus;

    McpPeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/mcp", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mcp");
    }

    List<String> methods() {
        return received.stream().map(Received::method).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = new java.util.TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            if (exchange.getRequestMethod().equals("DELETE")) {
                deletedSessions.add(headers.getOrDefault("Mcp-Session-Id", ""));
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            JsonNode message = JSON.readTree(exchange.getRequestBody());
            String method = message.path("method").asText();
            received.add(new Received(method, java.util.Collections.unmodifiableMap(headers), message));
            if (requiredAuthorization != null && !requiredAuthorization.equals(headers.get("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (failWithStatus > 0) {
                exchange.sendResponseHeaders(failWithStatus, -1);
                return;
            }
            if (!method.equals("initialize") && !SESSION.equals(headers.get("Mcp-Session-Id"))) {
                send(exchange, 400, error(message, -32600, "no session"));
                return;
            }
            if (!method.equals("initialize") && forgetSessionsOnce > 0) {
                forgetSessionsOnce--;
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!message.has("id")) {
                exchange.sendResponseHeaders(202, -1);
                return;
            }
            switch (method) {
                case "initialize" -> {
                    exchange.getResponseHeaders().add("Mcp-Session-Id", SESSION);
                    answer(exchange, message, Map.of("protocolVersion", "2025-06-18", "capabilities",
                            Map.of("tools", Map.of()), "serverInfo", Map.of("name", "peer", "version", "1")));
                }
                case "tools/list" -> answer(exchange, message, toolsPage(message.path("params").path("cursor")
                        .asText("")));
                case "tools/call" -> call(exchange, message);
                default -> send(exchange, 200, error(message, -32601, "Method not found"));
            }
        }
    }

    private static Map<String, Object> toolsPage(String cursor) {
        if (cursor.isEmpty()) {
            return Map.of("tools", List.of(tool("echo", "Says the text back"), tool("fail", "Always fails")),
                    "nextCursor", "page-2");
        }
        return Map.of("tools", List.of(tool("hang", "Never answers in time")));
    }

    private static Map<String, Object> tool(String name, String description) {
        return Map.of("name", name, "description", description, "inputSchema", Map.of("type", "object",
                "properties", Map.of("text", Map.of("type", "string"))));
    }

    private void call(HttpExchange exchange, JsonNode message) throws IOException {
        JsonNode params = message.path("params");
        String text = params.path("arguments").path("text").asText("");
        switch (params.path("name").asText()) {
            case "echo" -> answer(exchange, message, Map.of("content", List.of(Map.of("type", "text", "text",
                    "You said: " + text)), "structuredContent", Map.of("echoed", text), "isError", false));
            case "fail" -> answer(exchange, message, Map.of("content", List.of(Map.of("type", "text", "text",
                    "Disk full")), "isError", true));
            case "hang" -> {
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                OutputStream body = exchange.getResponseBody();
                body.write(": still thinking\n\n".getBytes(StandardCharsets.UTF_8));
                body.flush();
                sleep(5_000);
            }
            case "flood" -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, 0);
                byte[] chunk = "[1,2,3,4,5,6,7,8,9,10],".repeat(1000).getBytes(StandardCharsets.UTF_8);
                OutputStream body = exchange.getResponseBody();
                body.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"x\":[".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 10_000; i++) {
                    body.write(chunk);
                }
            }
            default -> send(exchange, 200, error(message, -32602, "Unknown tool"));
        }
    }

    private void answer(HttpExchange exchange, JsonNode request, Map<String, Object> result) throws IOException {
        Map<String, Object> response = Map.of("jsonrpc", "2.0", "id", request.get("id"), "result", result);
        if (!streamAnswers) {
            send(exchange, 200, response);
            return;
        }
        // A progress notification and another id's answer first: the client must skip both.
        String events = "event: message\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\","
                + "\"params\":{\"progress\":1}}\n\n"
                + "data: {\"jsonrpc\":\"2.0\",\"id\":9999,\n"
                + "data: \"result\":{}}\n\n"
                + "id: 1\nevent: message\ndata: " + JSON.writeValueAsString(response) + "\n\n";
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        byte[] bytes = events.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, Object> error(JsonNode request, int code, String message) {
        return Map.of("jsonrpc", "2.0", "id", request.path("id").asLong(0), "error", Map.of("code", code,
                "message", message));
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
