package dev.platina.skill.twilio.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Twilio REST API (2010-04-01) on the JDK's HTTP server, speaking the documented shapes: HTTP Basic with the
 * Account SID and Auth Token, the account as JSON, messages created from a form ({@code To}, {@code From} or
 * {@code MessagingServiceSid}, {@code Body}, {@code MediaUrl}, {@code StatusCallback}) and answered 201 with the
 * message resource, the message list newest first filtered by {@code To} and {@code From} with paging, and errors
 * as {@code {"code","message","more_info","status"}} (20003 credentials, 21211 invalid number, 20429 with
 * {@code Retry-After}). It can go down (the port closes) and come back on the same port, and it can lose an answer
 * after creating the message, as a dropped connection does. Scripted failures are answered first.
 */
final class TwilioPeer implements AutoCloseable {
    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "f00dfeed0123456789abcdef01234567";
    static final String NUMBER = "+14155550100";
    /** Twilio's magic test number that is never valid ("To" error 21211). */
    static final String INVALID_NUMBER = "+15005550001";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** One request as Twilio saw it. */
    record Request(String method, String path, String query, Map<String, String> form, String authorization) {
    }

    private record Scripted(int status, int code, String message, Map<String, String> headers) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    /** Messages created, newest last. */
    final List<ObjectNode> messages = new CopyOnWriteArrayList<>();
    volatile int loseNextAnswers;
    volatile int pageSizeLimit = 1000;
    private final Deque<Scripted> scripted = new ArrayDeque<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final int port;
    private volatile HttpServer server;

    TwilioPeer() throws IOException {
        server = start(0);
        port = server.getAddress().getPort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void goDown() {
        server.stop(0);
    }

    void comeBack() throws IOException {
        server = start(port);
    }

    synchronized void failNext(int status, int code, String message, Map<String, String> headers) {
        scripted.add(new Scripted(status, code, message, headers));
    }

    List<Request> creations() {
        return requests.stream().filter(r -> r.method().equals("POST")).toList();
    }

    long sentTo(String to, String body) {
        return messages.stream().filter(m -> m.path("to").asText().equals(to) && m.path("body").asText()
                .equals(body)).count();
    }

    private HttpServer start(int onPort) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        http.createContext("/2010-04-01/", this::handle);
        http.start();
        return http;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            Map<String, String> form = decode(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            requests.add(new Request(method, path, query, form, auth));
            Scripted next;
            synchronized (this) {
                next = scripted.poll();
            }
            if (next != null) {
                next.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                answer(exchange, next.status(), error(next.status(), next.code(), next.message()));
                return;
            }
            String expected = "Basic " + Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN)
                    .getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(auth)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Twilio API\"");
                answer(exchange, 401, error(401, 20003, "Authenticate"));
                return;
            }
            String account = "/2010-04-01/Accounts/" + ACCOUNT_SID;
            if (method.equals("GET") && path.equals(account + ".json")) {
                answer(exchange, 200, account());
            } else if (path.equals(account + "/Messages.json") && method.equals("POST")) {
                create(exchange, form);
            } else if (path.equals(account + "/Messages.json") && method.equals("GET")) {
                answer(exchange, 200, list(decode(query == null ? "" : query)));
            } else {
                answer(exchange, 404, error(404, 20404, "The requested resource " + path + " was not found"));
            }
        }
    }

    private void create(HttpExchange exchange, Map<String, String> form) throws IOException {
        String to = form.getOrDefault("To", "");
        if (to.isEmpty()) {
            answer(exchange, 400, error(400, 21604, "A 'To' phone number is required."));
            return;
        }
        if (!to.matches("\\+[1-9][0-9]{1,14}") || to.equals(INVALID_NUMBER)) {
            answer(exchange, 400, error(400, 21211, "The 'To' number " + to + " is not a valid phone number."));
            return;
        }
        if (!form.containsKey("From") && !form.containsKey("MessagingServiceSid")) {
            answer(exchange, 400, error(400, 21603, "A 'From' phone number is required."));
            return;
        }
        if (form.getOrDefault("Body", "").isEmpty() && !form.containsKey("MediaUrl")) {
            answer(exchange, 400, error(400, 21602, "Message body is required."));
            return;
        }
        String sid = String.format("SM%032x", ids.incrementAndGet());
        String now = ZonedDateTime.now(ZoneOffset.UTC).format(RFC_2822);
        ObjectNode message = JSON.createObjectNode();
        message.put("account_sid", ACCOUNT_SID);
        message.put("api_version", "2010-04-01");
        message.put("body", form.getOrDefault("Body", ""));
        message.put("date_created", now);
        message.putNull("date_sent");
        message.put("date_updated", now);
        message.put("direction", "outbound-api");
        message.putNull("error_code");
        message.putNull("error_message");
        message.put("from", form.get("From"));
        message.put("messaging_service_sid", form.get("MessagingServiceSid"));
        message.put("num_media", form.containsKey("MediaUrl") ? "1" : "0");
        message.put("num_segments", "1");
        message.putNull("price");
        message.put("price_unit", "USD");
        message.put("sid", sid);
        message.put("status", form.containsKey("MessagingServiceSid") ? "accepted" : "queued");
        message.put("to", to);
        message.put("uri", "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + sid + ".json");
        messages.add(message);
        if (loseNextAnswers > 0) {
            loseNextAnswers--;
            exchange.close();
            return;
        }
        answer(exchange, 201, message);
    }

    private Map<String, Object> list(Map<String, String> query) {
        int size = Math.min(pageSizeLimit, Integer.parseInt(query.getOrDefault("PageSize", "50")));
        int page = Integer.parseInt(query.getOrDefault("Page", "0"));
        var matching = new ArrayList<ObjectNode>();
        for (int i = messages.size() - 1; i >= 0; i--) {
            ObjectNode message = messages.get(i);
            if ((!query.containsKey("To") || message.path("to").asText().equals(query.get("To")))
                    && (!query.containsKey("From") || message.path("from").asText().equals(query.get("From")))) {
                matching.add(message);
            }
        }
        int from = Math.min(matching.size(), page * size);
        int to = Math.min(matching.size(), from + size);
        String uri = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json?PageSize=" + size;
        var answer = new LinkedHashMap<String, Object>();
        answer.put("messages", matching.subList(from, to));
        answer.put("end", Math.max(from, to - 1));
        answer.put("first_page_uri", uri + "&Page=0");
        answer.put("next_page_uri", to < matching.size() ? uri + filters(query) + "&Page=" + (page + 1) : null);
        answer.put("page", page);
        answer.put("page_size", size);
        answer.put("previous_page_uri", page > 0 ? uri + "&Page=" + (page - 1) : null);
        answer.put("start", from);
        answer.put("uri", uri + "&Page=" + page);
        return answer;
    }

    private static String filters(Map<String, String> query) {
        var text = new StringBuilder();
        for (String name : List.of("To", "From")) {
            if (query.containsKey(name)) {
                text.append('&').append(name).append('=').append(java.net.URLEncoder.encode(query.get(name),
                        StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    private static Map<String, Object> account() {
        var account = new LinkedHashMap<String, Object>();
        account.put("auth_token", "[Redacted]");
        account.put("date_created", "Thu, 01 Oct 2026 10:00:00 +0000");
        account.put("friendly_name", "Acme Support");
        account.put("owner_account_sid", ACCOUNT_SID);
        account.put("sid", ACCOUNT_SID);
        account.put("status", "active");
        account.put("type", "Full");
        account.put("uri", "/2010-04-01/Accounts/" + ACCOUNT_SID + ".json");
        return account;
    }

    static Map<String, Object> error(int status, int code, String message) {
        var error = new LinkedHashMap<String, Object>();
        error.put("code", code);
        error.put("message", message);
        error.put("more_info", "https://www.twilio.com/docs/errors/" + code);
        error.put("status", status);
        return error;
    }

    private static Map<String, String> decode(String form) {
        var values = new LinkedHashMap<String, String>();
        for (String pair : form.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                values.put(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                        equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().add("Twilio-Request-Id", "RQ0123456789abcdef0123456789abcdef");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
