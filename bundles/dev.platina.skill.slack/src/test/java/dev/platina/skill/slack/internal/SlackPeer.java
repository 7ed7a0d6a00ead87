package dev.platina.skill.slack.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local Slack speaking the Web API's documented wire format: methods under {@code /api/<method>}, bearer bot
 * token, answers HTTP 200 with {@code {"ok": true, ...}} or {@code {"ok": false, "error": "..."}}, 429 with
 * {@code Retry-After} and {@code ratelimited}; message metadata kept and shown by the history methods with
 * {@code include_all_metadata}; and the {@code response_url} of interactivity payloads under {@code /actions/}.
 * It can go down (the port closes) and come back on the same port, and lose an answer after doing the work.
 */
final class SlackPeer implements AutoCloseable {

    static final String TOKEN = "xoxb-1234-5678-platinapeer";
    static final String TEAM = "T0ACME";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One call as Slack saw it. */
    record Call(String method, String authorization, JsonNode body, Map<String, String> query) {
    }

    /** A message Slack holds: where, its ts, and what was posted. */
    record Message(String channel, String ts, JsonNode posted) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<Message> messages = new CopyOnWriteArrayList<>();
    /** What was sent to response URLs. */
    final List<JsonNode> responses = new CopyOnWriteArrayList<>();
    /** Slack users by id: their e-mail addresses. */
    final Map<String, String> users = new ConcurrentHashMap<>();
    final Set<String> channelsNotFound = ConcurrentHashMap.newKeySet();
    volatile int rateLimitNext;
    /** The bot token Slack accepts now; another value revokes the connection's. */
    volatile String acceptedToken = TOKEN;
    volatile int loseNextAnswers;
    private final AtomicLong clock = new AtomicLong(1_700_000_000_000100L);
    private final int port;
    private volatile HttpServer server;

    SlackPeer() throws IOException {
        server = start(0);
        port = server.getAddress().getPort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + "/api";
    }

    String responseUrl() {
        return "http://127.0.0.1:" + port + "/actions/" + TEAM + "/6512/hR7xPlatina";
    }

    void goDown() {
        server.stop(0);
    }

    void comeBack() throws IOException {
        server = start(port);
    }

    List<Message> postedTo(String channel) {
        return messages.stream().filter(m -> m.channel().equals(channel)).toList();
    }

    long calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).count();
    }

    private HttpServer start(int onPort) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        http.createContext("/api/", this::method);
        http.createContext("/actions/", this::response);
        http.start();
        return http;
    }

    private void response(HttpExchange exchange) throws IOException {
        responses.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
        answer(exchange, 200, "{\"ok\":true}", null);
    }

    private void method(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        calls.add(new Call(method, auth, body, query));
        if (rateLimitNext > 0) {
            rateLimitNext--;
            answer(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}", "1");
            return;
        }
        if (!("Bearer " + acceptedToken).equals(auth)) {
            answer(exchange, 200, "{\"ok\":false,\"error\":\"invalid_auth\"}", null);
            return;
        }
        ObjectNode answer = JSON.createObjectNode().put("ok", true);
        switch (method) {
            case "auth.test" -> answer.put("url", "https://acme.slack.com/").put("team", "Acme").put("user",
                    "platina").put("team_id", TEAM).put("user_id", "U0BOT").put("bot_id", "B0BOT");
            case "chat.postMessage" -> {
                String channel = body.path("channel").asText();
                if (channelsNotFound.contains(channel)) {
                    answer(exchange, 200, "{\"ok\":false,\"error\":\"channel_not_found\"}", null);
                    return;
                }
                String ts = ts();
                messages.add(new Message(channel, ts, body));
                answer.put("channel", channel).put("ts", ts).set("message", JSON.createObjectNode()
                        .put("type", "message").put("text", body.path("text").asText()).put("ts", ts));
                if (loseNextAnswers > 0) {
                    loseNextAnswers--;
                    exchange.close();
                    return;
                }
            }
            case "conversations.history", "conversations.replies" -> answer.set("messages", history(query));
            case "users.lookupByEmail" -> {
                var found = users.entrySet().stream().filter(u -> u.getValue().equalsIgnoreCase(query.get("email")))
                        .findFirst();
                if (found.isEmpty()) {
                    answer(exchange, 200, "{\"ok\":false,\"error\":\"users_not_found\"}", null);
                    return;
                }
                answer.set("user", user(found.get().getKey()));
            }
            case "users.info" -> {
                if (!users.containsKey(query.getOrDefault("user", ""))) {
                    answer(exchange, 200, "{\"ok\":false,\"error\":\"user_not_found\"}", null);
                    return;
                }
                answer.set("user", user(query.get("user")));
            }
            default -> {
                answer(exchange, 404, "{\"ok\":false,\"error\":\"unknown_method\"}", null);
                return;
            }
        }
        answer(exchange, 200, JSON.writeValueAsString(answer), null);
    }

    private ArrayNode history(Map<String, String> query) {
        boolean withMetadata = "true".equals(query.get("include_all_metadata"));
        String thread = query.get("ts");
        ArrayNode found = JSON.createArrayNode();
        for (int i = messages.size() - 1; i >= 0; i--) {
            Message message = messages.get(i);
            boolean inThread = thread != null && (message.ts().equals(thread)
                    || thread.equals(message.posted().path("thread_ts").asText(null)));
            if (!message.channel().equals(query.get("channel")) || (thread != null && !inThread)) {
                continue;
            }
            ObjectNode shown = JSON.createObjectNode().put("type", "message").put("ts", message.ts())
                    .put("text", message.posted().path("text").asText());
            if (withMetadata && message.posted().has("metadata")) {
                shown.set("metadata", message.posted().get("metadata"));
            }
            found.add(shown);
        }
        return found;
    }

    private ObjectNode user(String id) {
        ObjectNode user = JSON.createObjectNode().put("id", id).put("team_id", TEAM).put("name", id.toLowerCase())
                .put("is_bot", false);
        user.set("profile", JSON.createObjectNode().put("email", users.get(id)).put("real_name", id));
        return user;
    }

    private String ts() {
        long micros = clock.incrementAndGet();
        return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
    }

    private static Map<String, String> query(String raw) {
        var values = new LinkedHashMap<String, String>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), parts.length < 2 ? ""
                        : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, String body, String retryAfter)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
