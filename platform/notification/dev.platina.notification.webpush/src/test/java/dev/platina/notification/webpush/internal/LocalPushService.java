package dev.platina.notification.webpush.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A push service on loopback speaking RFC 8030 as far as an application server sees it: it accepts a POST with a
 * {@code TTL} and an aes128gcm body, checks the VAPID token (RFC 8292) against the key in {@code k=}, and answers
 * 201 with the message's {@code Location}, or what a test scripted for an endpoint.
 */
public final class LocalPushService implements AutoCloseable {

    /** A message the service accepted, as it arrived. */
    public record Received(String path, Map<String, List<String>> headers, byte[] body, Map<?, ?> claims) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    /** What to answer instead of 201 for one endpoint. */
    record Answer(int status, Map<String, String> headers) {
    }

    private static final Pattern VAPID = Pattern.compile("vapid t=([^,\\s]+),\\s*k=([A-Za-z0-9_-]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final Map<String, Answer> scripted = new ConcurrentHashMap<>();

    public LocalPushService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/push/", this::handle);
        server.start();
    }

    /** A fresh endpoint URL of this service. */
    public String newEndpoint() {
        return origin() + "/push/" + UUID.randomUUID();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(String endpoint, int status, Map<String, String> headers) {
        scripted.put(endpoint.substring(origin().length()), new Answer(status, headers));
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public synchronized List<String> refusals() {
        return List.copyOf(refusals);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String problem = problemWith(exchange);
            Map<?, ?> claims = null;
            if (problem == null) {
                try {
                    claims = verifiedClaims(exchange.getRequestHeaders().getFirst("Authorization"));
                } catch (Exception e) {
                    problem = "VAPID: " + e.getMessage();
                }
            }
            if (problem != null) {
                synchronized (this) {
                    refusals.add(problem);
                }
                respond(exchange, 400, Map.of(), problem);
                return;
            }
            Answer answer = scripted.get(path);
            if (answer != null) {
                respond(exchange, answer.status(), answer.headers(), "");
                return;
            }
            synchronized (this) {
                received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body, claims));
            }
            respond(exchange, 201, Map.of("Location", origin() + "/message/" + UUID.randomUUID()), "");
        }
    }

    private static String problemWith(HttpExchange exchange) {
        var headers = exchange.getRequestHeaders();
        if (!exchange.getRequestMethod().equals("POST")) {
            return "only POST";
        }
        if (headers.getFirst("TTL") == null || !headers.getFirst("TTL").matches("\\d+")) {
            return "TTL is required";
        }
        if (!"aes128gcm".equals(headers.getFirst("Content-Encoding"))) {
            return "Content-Encoding must be aes128gcm";
        }
        return null;
    }

    private Map<?, ?> verifiedClaims(String authorization) throws Exception {
        Matcher vapid = VAPID.matcher(authorization == null ? "" : authorization);
        if (!vapid.matches()) {
            throw new IllegalStateException("no vapid authorization: " + authorization);
        }
        String[] parts = vapid.group(1).split("\\.");
        var decoder = Base64.getUrlDecoder();
        Map<?, ?> header = JSON.readValue(decoder.decode(parts[0]), Map.class);
        if (!"ES256".equals(header.get("alg"))) {
            throw new IllegalStateException("alg must be ES256");
        }
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(BrowserSubscription.point(decoder.decode(vapid.group(2))));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!verifier.verify(decoder.decode(parts[2]))) {
            throw new IllegalStateException("bad signature");
        }
        Map<?, ?> claims = JSON.readValue(decoder.decode(parts[1]), Map.class);
        if (!origin().equals(claims.get("aud"))) {
            throw new IllegalStateException("aud is " + claims.get("aud") + ", not " + origin());
        }
        long exp = ((Number) claims.get("exp")).longValue();
        long now = Instant.now().getEpochSecond();
        if (exp <= now || exp > now + 24 * 3600) {
            throw new IllegalStateException("exp must be in the next 24 hours");
        }
        return claims;
    }

    private static void respond(HttpExchange exchange, int status, Map<String, String> headers, String text)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
