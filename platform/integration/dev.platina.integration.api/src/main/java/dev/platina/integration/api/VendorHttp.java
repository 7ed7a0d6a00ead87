package dev.platina.integration.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A vendor's HTTP API at a base URL (configurable per connection, so tests and self-hosted servers can stand in),
 * with the headers every request carries (authorisation, {@code Accept}). Requests time out after 20 seconds; a
 * connection that cannot be made throws {@link IOException}, which the kit's deliveries count as the vendor being
 * unavailable.
 */
public final class VendorHttp {
    public static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final Map<String, String> headers;

    private VendorHttp(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = Map.copyOf(headers);
    }

    /** @param baseUrl such as {@code https://api.stripe.com}; a trailing slash is dropped */
    public static VendorHttp at(String baseUrl, Map<String, String> headers) {
        String base = baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        URI.create(base);
        return new VendorHttp(base, headers == null ? Map.of() : headers);
    }

    public VendorAnswer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null, Map.of());
    }

    public VendorAnswer delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, null, null, Map.of());
    }

    /** A request with a JSON body already written by the caller. */
    public VendorAnswer json(String method, String path, String json) throws IOException, InterruptedException {
        return send(method, path, "application/json", json, Map.of());
    }

    /** A form-encoded POST ({@code application/x-www-form-urlencoded}), with more headers such as a key. */
    public VendorAnswer form(String path, Map<String, String> fields, Map<String, String> moreHeaders)
            throws IOException, InterruptedException {
        return send("POST", path, "application/x-www-form-urlencoded", formEncoded(fields), moreHeaders);
    }

    /** Any request: {@code body} may be null (then no body and no content type). */
    public VendorAnswer send(String method, String path, String contentType, String body,
            Map<String, String> moreHeaders) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        headers.forEach(request::header);
        moreHeaders.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        var answerHeaders = new LinkedHashMap<String, String>();
        response.headers().map().forEach((name, values) -> {
            if (!values.isEmpty()) {
                answerHeaders.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return new VendorAnswer(response.statusCode(), response.body(), answerHeaders,
                retryAfter(response.headers().firstValue("Retry-After"), Instant.now()));
    }

    /** {@code Retry-After} as seconds or as an HTTP date; nonsense and waits over a day are ignored. */
    public static Optional<Duration> retryAfter(Optional<String> header, Instant now) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        if (value.matches("[0-9]{1,6}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Duration wait = Duration.between(now,
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait).filter(w -> w.toHours() < 24);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code a=1&b=two%20words}, in the fields' order. */
    public static String formEncoded(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }
}
