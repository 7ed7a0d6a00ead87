package dev.platina.skill.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A HubSpot CRM API on the JDK's HTTP server, speaking the documented shapes: bearer tokens, {@code properties}
 * bodies, records answered with {@code id}, {@code properties}, {@code createdAt}, {@code updatedAt}, errors as
 * {@code {"status":"error","message","correlationId","category"}}, contacts unique by e-mail address (409 naming the
 * existing id), and rate limits as 429 with {@code Retry-After}. Scripted failures are answered first.
 */
final class HubSpotPeer implements AutoCloseable {
    static final String TOKEN = "pat-eu1-0f7c2a1e-test";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Request(String method, String path, String authorization, JsonNode body) {
    }

    private record Scripted(int status, Map<String, Object> body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Scripted> scripted = new ArrayDeque<>();
    private final Map<String, Map<String, JsonNode>> records = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(100);

    HubSpotPeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return requests;
    }

    synchronized Map<String, JsonNode> records(String type) {
        return Map.copyOf(records.getOrDefault(type, Map.of()));
    }

    synchronized void failNext(int status, Map<String, Object> body, Map<String, String> headers) {
        scripted.add(new Scripted(status, body, headers));
    }

    static Map<String, Object> error(String message, String category) {
        return Map.of("status", "error", "message", message, "correlationId", "4f4a5c0e-aaaa-bbbb-cccc-0123456789ab",
                "category", category);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
            String path = exchange.getRequestURI().getPath();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), authorization,
                    body));
            Scripted next;
            synchronized (this) {
                next = scripted.poll();
            }
            if (next != null) {
                next.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                answer(exchange, next.status(), next.body());
            } else if (!("Bearer " + TOKEN).equals(authorization)) {
                answer(exchange, 401, error("Authentication credentials not found. This API supports OAuth 2.0"
                        + " authentication", "INVALID_AUTHENTICATION"));
            } else {
                route(exchange, exchange.getRequestMethod(), path, body);
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path, JsonNode body) throws IOException {
        String[] parts = path.split("/");
        // /crm/v3/objects/{type}[/{id}]
        if (parts.length < 5 || !path.startsWith("/crm/v3/objects/")) {
            answer(exchange, 404, error("Not found", "OBJECT_NOT_FOUND"));
            return;
        }
        String type = parts[4];
        synchronized (this) {
            Map<String, JsonNode> ofType = records.computeIfAbsent(type, t -> new LinkedHashMap<>());
            if (method.equals("GET") && parts.length == 5) {
                answer(exchange, 200, Map.of("results", List.copyOf(ofType.values())));
            } else if (method.equals("GET") && parts.length == 6) {
                JsonNode existing = ofType.get(parts[5]);
                if (existing == null) {
                    answer(exchange, 404, error("resource not found", "OBJECT_NOT_FOUND"));
                } else {
                    answer(exchange, 200, existing);
                }
            } else if (method.equals("POST") && parts.length == 5) {
                if (!body.path("properties").isObject()) {
                    answer(exchange, 400, error("Invalid input JSON: properties are required", "VALIDATION_ERROR"));
                    return;
                }
                String email = body.path("properties").path("email").asText("");
                if (type.equals("contacts") && !email.isEmpty()) {
                    for (JsonNode contact : ofType.values()) {
                        if (contact.path("properties").path("email").asText().equals(email)) {
                            answer(exchange, 409, error("Contact already exists. Existing ID: "
                                    + contact.path("id").asText(), "CONFLICT"));
                            return;
                        }
                    }
                }
                String id = Long.toString(ids.incrementAndGet());
                JsonNode stored = record(id, body.path("properties"));
                ofType.put(id, stored);
                answer(exchange, 201, stored);
            } else if (method.equals("PATCH") && parts.length == 6) {
                JsonNode existing = ofType.get(parts[5]);
                if (existing == null) {
                    answer(exchange, 404, error("Object not found.  objectId are usually numeric.",
                            "OBJECT_NOT_FOUND"));
                    return;
                }
                ObjectNode properties = existing.path("properties").deepCopy();
                body.path("properties").fields().forEachRemaining(e -> properties.set(e.getKey(), e.getValue()));
                JsonNode stored = record(parts[5], properties);
                ofType.put(parts[5], stored);
                answer(exchange, 200, stored);
            } else {
                answer(exchange, 405, error("Method not allowed", "VALIDATION_ERROR"));
            }
        }
    }

    private static JsonNode record(String id, JsonNode properties) {
        var node = JSON.createObjectNode();
        node.put("id", id);
        node.set("properties", properties.deepCopy());
        node.put("createdAt", "2026-11-21T23:00:00.000Z");
        node.put("updatedAt", "2026-11-21T23:00:01.000Z");
        node.put("archived", false);
        return node;
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
