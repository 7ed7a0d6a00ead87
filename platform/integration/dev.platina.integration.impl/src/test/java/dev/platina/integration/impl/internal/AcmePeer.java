package dev.platina.integration.impl.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A vendor on the JDK's HTTP server: {@code GET /me} answers 200 for the valid key or access token and 401
 * otherwise; {@code POST /token} is an OAuth 2.0 token endpoint (code with PKCE S256, refresh), and
 * {@code POST /action} counts calls, failing with 503 while {@code down}.
 */
final class AcmePeer implements AutoCloseable {

    static final String GOOD_KEY = "acme-key-7f3a91";
    static final String INSTANCE_URL = "https://eu1.acme.example";

    final HttpServer server;
    final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    final AtomicInteger actions = new AtomicInteger();
    volatile String expectedChallenge;
    volatile String accessToken = "access-1";
    volatile int expiresIn = 3600;
    volatile boolean refuseRefresh;
    volatile boolean down;
    volatile String retryAfter;
    private final AtomicInteger issued = new AtomicInteger(1);
    final AtomicInteger meCalls = new AtomicInteger();

    AcmePeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/me", exchange -> {
            meCalls.incrementAndGet();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            boolean ok = ("Bearer " + GOOD_KEY).equals(auth) || ("Bearer " + accessToken).equals(auth);
            answer(exchange, ok ? 200 : 401, ok ? "{\"name\":\"Acme Ltd\"}" : "{\"error\":\"bad key\"}");
        });
        server.createContext("/token", this::token);
        server.createContext("/action", exchange -> {
            actions.incrementAndGet();
            if (down) {
                if (retryAfter != null) {
                    exchange.getResponseHeaders().add("Retry-After", retryAfter);
                }
                answer(exchange, 503, "{\"error\":\"maintenance\"}");
            } else {
                answer(exchange, 200, "{\"id\":\"act_1\"}");
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        tokenRequests.add(form);
        if (!"acme-client".equals(form.get("client_id")) || !"acme-client-secret".equals(form.get("client_secret"))) {
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        if ("authorization_code".equals(form.get("grant_type"))) {
            if (!"the-code".equals(form.get("code")) || !challengeOf(form.get("code_verifier"))
                    .equals(expectedChallenge)) {
                answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
                return;
            }
        } else if ("refresh_token".equals(form.get("grant_type"))) {
            if (refuseRefresh || !form.get("refresh_token").startsWith("refresh-")) {
                answer(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"revoked\"}");
                return;
            }
        } else {
            answer(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        int n = issued.incrementAndGet();
        accessToken = "access-" + n;
        // Like Salesforce, the code's answer says where the organisation's API lives; refreshes need not repeat it.
        String where = "authorization_code".equals(form.get("grant_type"))
                ? ",\"instance_url\":\"" + INSTANCE_URL + "\"" : "";
        answer(exchange, 200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + expiresIn + ",\"refresh_token\":\"refresh-" + n + "\",\"scope\":\"read write " + n + "\"" + where
                + "}");
    }

    static String challengeOf(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> form(String body) {
        var values = new LinkedHashMap<String, String>();
        if (body == null || body.isEmpty()) {
            return values;
        }
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
