package dev.platina.workflow.engine.internal.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.core.api.InternalAddresses;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One HTTP request described by a step's input ({@code method}, {@code url}, {@code headers}, {@code body},
 * {@code timeoutSeconds}), checked and sent the same way by the request step, the outbox send step and the outbox's
 * HTTP channel: only http(s), only public addresses unless the operator allows private ones, the idempotency key in
 * {@code Idempotency-Key}, answers no larger than the configured limit.
 */
final class HttpCall {

    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> RESTRICTED_HEADERS = Set.of("host", "content-length", "connection", "expect",
            "upgrade", "idempotency-key");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final boolean allowPrivateAddresses;
    private final int maxResponseBytes;

    HttpCall(boolean allowPrivateAddresses, int maxResponseKilobytes) {
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.maxResponseBytes = Math.max(1, maxResponseKilobytes) * 1024;
    }

    /** A request ready to send, or why the input cannot be sent (a permanent problem). */
    record Prepared(Optional<HttpRequest> request, Optional<String> problem, String host) {
    }

    /** The answer: status, headers (lower-case names) and body (parsed when JSON). */
    record Answer(int status, Map<String, Object> headers, Object body, String preview) {
    }

    Prepared prepare(Map<String, Object> input, String defaultMethod, String idempotencyKey) {
        String method = String.valueOf(input.getOrDefault("method", defaultMethod)).toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            return problem("'" + method + "' is not a method this step sends; use GET, POST, PUT, PATCH or DELETE.");
        }
        URI url;
        try {
            url = URI.create(String.valueOf(input.get("url")));
        } catch (IllegalArgumentException e) {
            return problem("'" + input.get("url") + "' is not a web address.");
        }
        if (url.getHost() == null || !Set.of("http", "https").contains(String.valueOf(url.getScheme()))) {
            return problem("'" + url + "' is not an http:// or https:// address.");
        }
        String refusal = refusal(url.getHost());
        if (refusal != null) {
            return problem(refusal);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(timeoutSeconds(input.get("timeoutSeconds"))))
                .header("Idempotency-Key", idempotencyKey)
                .header("User-Agent", "Platina-Workflow");
        boolean contentTypeGiven = false;
        if (input.get("headers") instanceof Map<?, ?> headers) {
            for (var header : headers.entrySet()) {
                String name = String.valueOf(header.getKey());
                if (!RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    request.header(name, String.valueOf(header.getValue()));
                    contentTypeGiven |= name.equalsIgnoreCase("Content-Type");
                }
            }
        }
        try {
            request.method(method, body(input.get("body"), contentTypeGiven ? null : request));
        } catch (JsonProcessingException e) {
            return problem("The body cannot be sent as JSON: " + e.getOriginalMessage());
        }
        return new Prepared(Optional.of(request.build()), Optional.empty(), url.getHost());
    }

    private static Prepared problem(String problem) {
        return new Prepared(Optional.empty(), Optional.of(problem), "");
    }

    /**
     * Sends the request. An answer larger than the limit is an {@link IOException} naming the limit, so callers
     * treat it as they treat a broken connection only where that is right (see {@link TooLarge}).
     */
    Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(maxResponseBytes + 1);
        }
        if (body.length > maxResponseBytes) {
            throw new TooLarge("The answer is larger than " + maxResponseBytes / 1024 + " KB, the most this step"
                    + " keeps.");
        }
        var headers = new LinkedHashMap<String, Object>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                String.join(", ", values)));
        return new Answer(response.statusCode(), headers, parse(body, response.headers().firstValue("Content-Type")
                .orElse("")), preview(body));
    }

    /** An answer over the size limit: the peer did answer, so retrying will not make it smaller. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** Why the host may not be called, or null when it may. */
    private String refusal(String host) {
        if (allowPrivateAddresses) {
            return null;
        }
        // A name unknown now may resolve later (DNS trouble): the attempt fails and is retried.
        return InternalAddresses.firstInternal(host).map(address -> host + " is an internal address ("
                + address.getHostAddress() + "); workflows may call only public addresses unless the operator"
                + " allows private ones.").orElse(null);
    }

    /** The body to send; sets its content type on {@code request} unless the author gave one (then null). */
    private HttpRequest.BodyPublisher body(Object body, HttpRequest.Builder request) throws JsonProcessingException {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        if (body instanceof String text) {
            if (request != null) {
                request.header("Content-Type", "text/plain; charset=utf-8");
            }
            return HttpRequest.BodyPublishers.ofString(text);
        }
        if (request != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
    }

    private Object parse(byte[] body, String contentType) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (contentType.toLowerCase(Locale.ROOT).contains("json") && !text.isBlank()) {
            try {
                return json.readValue(text, Object.class);
            } catch (JsonProcessingException e) {
                return text;
            }
        }
        return text;
    }

    private static long timeoutSeconds(Object configured) {
        return configured instanceof Number number ? Math.max(1, Math.min(300, number.longValue())) : 30;
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
