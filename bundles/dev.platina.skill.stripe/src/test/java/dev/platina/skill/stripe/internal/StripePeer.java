package dev.platina.skill.stripe.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.platina.integration.impl.internal.LoopbackPeer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Stripe speaking the documented wire format: bearer secret key (401 with Stripe's error JSON otherwise),
 * form-encoded writes, {@code Idempotency-Key} replay (same key and parameters: the first answer again with
 * {@code Idempotent-Replayed: true}; different parameters: 400 {@code idempotency_error}), 429 with
 * {@code Retry-After}. It can go down (the port closes) and come back on the same port, and it can lose an answer
 * after doing the work, as a dropped connection does.
 */
final class StripePeer extends LoopbackPeer {

    static final String KEY = "sk_test_51Platina0peer";

    /** One request as Stripe saw it. */
    record Request(String method, String path, Map<String, String> form, String idempotencyKey,
            String authorization) {
    }

    private record Stored(String form, int status, String body) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    /** Objects created, by path; replays do not count. */
    final Map<String, AtomicInteger> created = new ConcurrentHashMap<>();
    /** How often each idempotency key created something: exactly once is 1. */
    final Map<String, AtomicInteger> createdByKey = new ConcurrentHashMap<>();
    final AtomicInteger replays = new AtomicInteger();
    volatile int rateLimitNext;
    volatile int loseNextAnswers;
    private final Map<String, Stored> byKey = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    StripePeer() throws IOException {
        open();
    }

    int created(String path) {
        return created.getOrDefault(path, new AtomicInteger()).get();
    }

    @Override
    protected void route(HttpServer http) {
        http.createContext("/v1/", this::handle);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        Map<String, String> form = StripeClient.decodeForm(body);
        requests.add(new Request(method, path, form, key, auth));
        if (!("Bearer " + KEY).equals(auth)) {
            answer(exchange, 401, error("invalid_request_error", "Invalid API Key provided: sk_test_****", null),
                    null);
            return;
        }
        if (rateLimitNext > 0) {
            rateLimitNext--;
            answer(exchange, 429, error("rate_limit_error", "Too many requests hit the API too quickly.",
                    "rate_limit"), "1");
            return;
        }
        if (method.equals("GET") && path.equals("/v1/balance")) {
            answer(exchange, 200, "{\"object\":\"balance\",\"livemode\":false,\"available\":[{\"amount\":0,"
                    + "\"currency\":\"eur\"}]}", null);
            return;
        }
        if (!method.equals("POST")) {
            answer(exchange, 404, error("invalid_request_error", "Unrecognized request URL", null), null);
            return;
        }
        if (key != null) {
            Stored before = byKey.get(key);
            if (before != null) {
                if (!before.form().equals(body)) {
                    answer(exchange, 400, error("idempotency_error", "Keys for idempotent requests can only be used"
                            + " with the same parameters they were first used with.", null), null);
                    return;
                }
                replays.incrementAndGet();
                exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
                answer(exchange, before.status(), before.body(), null);
                return;
            }
        }
        int status = 200;
        String answer = create(path, form);
        if (answer == null) {
            status = 400;
            answer = error("invalid_request_error", "No such payment_intent: 'pi_missing'", "resource_missing");
        } else {
            created.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (key != null) {
                createdByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            }
        }
        if (key != null) {
            byKey.put(key, new Stored(body, status, answer));
        }
        if (loseNextAnswers > 0) {
            loseNextAnswers--;
            exchange.close();
            return;
        }
        answer(exchange, status, answer, null);
    }

    private String create(String path, Map<String, String> form) {
        int n = ids.incrementAndGet();
        return switch (path) {
            case "/v1/customers" -> "{\"id\":\"cus_" + n + "\",\"object\":\"customer\",\"email\":\""
                    + form.getOrDefault("email", "") + "\"}";
            case "/v1/invoices" -> "{\"id\":\"in_" + n + "\",\"object\":\"invoice\",\"status\":\"draft\","
                    + "\"customer\":\"" + form.get("customer") + "\"}";
            case "/v1/invoiceitems" -> "{\"id\":\"ii_" + n + "\",\"object\":\"invoiceitem\",\"invoice\":\""
                    + form.get("invoice") + "\"}";
            case "/v1/refunds" -> "pi_missing".equals(form.get("payment_intent")) ? null
                    : "{\"id\":\"re_" + n + "\",\"object\":\"refund\",\"status\":\"succeeded\",\"amount\":"
                            + form.getOrDefault("amount", "0") + "}";
            default -> "{\"id\":\"obj_" + n + "\"}";
        };
    }

    private static String error(String type, String message, String code) {
        return "{\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\""
                + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}}";
    }

    private static void answer(HttpExchange exchange, int status, String body, String retryAfter)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-Id", "req_test");
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
