package dev.platina.skill.stripe.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.integration.api.Connection;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stripe's REST API as documented: form-encoded requests (nested values as {@code metadata[key]}), bearer secret
 * key, {@code Idempotency-Key} on writes, JSON answers.
 */
final class StripeClient {

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String apiKey;

    StripeClient(URI base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    static StripeClient of(Connection connection) throws IOException {
        String key = connection.secret(StripeConnector.API_KEY)
                .orElseThrow(() -> new IOException("No Stripe API key is stored for this organisation."));
        String base = connection.setting(StripeConnector.BASE_URL).filter(url -> !url.isBlank())
                .orElse(StripeConnector.DEFAULT_BASE_URL);
        return new StripeClient(URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base), key);
    }

    StripeResponse get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    StripeResponse post(String path, Map<String, Object> parameters, String idempotencyKey)
            throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + apiKey).header("Accept", "application/json");
    }

    private static StripeResponse send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = JSON.readTree(response.body() == null || response.body().isBlank() ? "{}" : response.body());
        } catch (IOException e) {
            body = JSON.createObjectNode();
        }
        return new StripeResponse(response.statusCode(), body, retryAfter(response.headers()
                .firstValue("Retry-After")));
    }

    static Optional<Duration> retryAfter(Optional<String> header) {
        return header.filter(value -> value.matches("[0-9]{1,6}")).map(value -> Duration.ofSeconds(Long.parseLong(
                value)));
    }

    /** Stripe's form encoding: {@code a=1&metadata[order]=42&items[0][price]=p_1}. */
    static String form(Map<String, Object> parameters) {
        var pairs = new java.util.ArrayList<String>();
        parameters.forEach((name, value) -> flatten(name, value, pairs));
        return String.join("&", pairs);
    }

    private static void flatten(String name, Object value, List<String> pairs) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> flatten(name + "[" + key + "]", inner, pairs));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(name + "[" + i + "]", list.get(i), pairs);
            }
        } else {
            pairs.add(encode(name) + "=" + encode(String.valueOf(value)));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static Map<String, String> decodeForm(String body) {
        if (body == null || body.isEmpty()) {
            return Map.of();
        }
        return java.util.Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> java.net.URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> pair.length > 1 ? java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                (a, b) -> b, java.util.LinkedHashMap::new));
    }
}
