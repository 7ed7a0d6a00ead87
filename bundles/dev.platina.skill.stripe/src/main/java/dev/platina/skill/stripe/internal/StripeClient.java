package dev.platina.skill.stripe.internal;

import dev.platina.integration.api.Connection;
import dev.platina.integration.api.VendorHttp;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Stripe's REST API as documented: form-encoded requests (nested values as {@code metadata[key]}), bearer secret
 * key, {@code Idempotency-Key} on writes, JSON answers.
 */
final class StripeClient {
    private final VendorHttp http;

    private StripeClient(VendorHttp http) {
        this.http = http;
    }

    static StripeClient of(Connection connection) throws IOException {
        String key = connection.secret(StripeConnector.API_KEY)
                .orElseThrow(() -> new IOException("No Stripe API key is stored for this organisation."));
        String base = connection.setting(StripeConnector.BASE_URL).filter(url -> !url.isBlank())
                .orElse(StripeConnector.DEFAULT_BASE_URL);
        return new StripeClient(VendorHttp.at(base, Map.of("Authorization", "Bearer " + key,
                "Accept", "application/json")));
    }

    StripeResponse get(String path) throws IOException, InterruptedException {
        return StripeResponse.of(http.get(path));
    }

    StripeResponse post(String path, Map<String, Object> parameters, String idempotencyKey)
            throws IOException, InterruptedException {
        return StripeResponse.of(http.send("POST", path, "application/x-www-form-urlencoded", form(parameters),
                Map.of("Idempotency-Key", idempotencyKey)));
    }

    /** Stripe's form encoding: {@code a=1&metadata[order]=42&items[0][price]=p_1}. */
    static String form(Map<String, Object> parameters) {
        var pairs = new ArrayList<String>();
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
            pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }
    }

    static Map<String, String> decodeForm(String body) {
        if (body == null || body.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                (a, b) -> b, LinkedHashMap::new));
    }
}
