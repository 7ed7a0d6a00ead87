package dev.platina.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An outside MCP server on loopback for the platform to connect to: Streamable HTTP with a session, one tool
 * {@code echo}, and a bearer token it insists on.
 */
final class McpTestServer implements AutoCloseable {

    final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final String expectedAuthorization;

    McpTestServer(String expectedAuthorization) throws IOException {
        this.expectedAuthorization = expectedAuthorization;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/mcp", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/mcp";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(String.valueOf(authorization));
            if (!expectedAuthorization.equals(authorization)) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (exchange.getRequestMethod().equals("DELETE")) {
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            JsonNode message = Api.JSON.readTree(exchange.getRequestBody());
            if (!message.has("id")) {
                exchange.sendResponseHeaders(202, -1);
                return;
            }
            Object result = switch (message.path("method").asText()) {
                case "initialize" -> {
                    exchange.getResponseHeaders().add("Mcp-Session-Id", "itest-session");
                    yield Map.of("protocolVersion", "2025-06-18", "capabilities", Map.of("tools", Map.of()),
                            "serverInfo", Map.of("name", "itest-peer", "version", "1"));
                }
                case "tools/list" -> Map.of("tools", List.of(Map.of("name", "echo", "description",
                        "Says the text back", "inputSchema", Map.of("type", "object", "properties",
                                Map.of("text", Map.of("type", "string"))))));
                case "tools/call" -> Map.of("content", List.of(Map.of("type", "text", "text", "You said: "
                        + message.path("params").path("arguments").path("text").asText())), "isError", false);
                default -> null;
            };
            Map<String, Object> answer = result == null
                    ? Map.of("jsonrpc", "2.0", "id", message.get("id"), "error", Map.of("code", -32601,
                            "message", "Method not found"))
                    : Map.of("jsonrpc", "2.0", "id", message.get("id"), "result", result);
            byte[] body = Api.JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
