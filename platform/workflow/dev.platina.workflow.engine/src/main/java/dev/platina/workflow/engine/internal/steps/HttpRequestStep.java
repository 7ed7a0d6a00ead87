package dev.platina.workflow.engine.internal.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Calls an HTTP(S) endpoint. Every request carries the step's idempotency key in {@code Idempotency-Key}, so a
 * peer that honours it (as payment and CRM APIs do) applies a retried request once. Network failures, 429 and 5xx
 * are retried under the step's policy; other 4xx answers fail at once, since repeating them cannot help.
 */
@Component(service = WorkflowStep.class, configurationPid = HttpRequestConfiguration.PID)
@Designate(ocd = HttpRequestConfiguration.class)
public final class HttpRequestStep implements WorkflowStep {

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("http.request", "HTTP request",
            "Calls a web address and hands the answer to the next steps.", "Basics",
            Map.of("type", "object", "required", List.of("url"), "properties", Map.of(
                    "method", Map.of("type", "string", "enum", List.of("GET", "POST", "PUT", "PATCH", "DELETE")),
                    "url", Map.of("type", "string", "format", "uri"),
                    "headers", Map.of("type", "object", "additionalProperties", Map.of("type", "string")),
                    "body", Map.of("description", "JSON value, or text"),
                    "timeoutSeconds", Map.of("type", "integer", "minimum", 1, "maximum", 300))),
            Map.of("type", "object", "properties", Map.of("status", Map.of("type", "integer"),
                    "headers", Map.of("type", "object"), "body", Map.of("description", "JSON value, or text"))));

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> RESTRICTED_HEADERS = Set.of("host", "content-length", "connection", "expect",
            "upgrade", "idempotency-key");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final boolean allowPrivateAddresses;
    private final int maxResponseBytes;

    @Activate
    public HttpRequestStep(HttpRequestConfiguration config) {
        this(config.allowPrivateAddresses(), config.maxResponseKilobytes());
    }

    HttpRequestStep(boolean allowPrivateAddresses, int maxResponseKilobytes) {
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.maxResponseBytes = Math.max(1, maxResponseKilobytes) * 1024;
    }

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepOutcome execute(StepExecution execution) throws IOException, InterruptedException {
        Map<String, Object> input = execution.input();
        String method = String.valueOf(input.getOrDefault("method", "GET")).toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            return StepOutcome.failed("'" + method + "' is not a method this step sends; use GET, POST, PUT, PATCH or"
                    + " DELETE.", false);
        }
        URI url;
        try {
            url = URI.create(String.valueOf(input.get("url")));
        } catch (IllegalArgumentException e) {
            return StepOutcome.failed("'" + input.get("url") + "' is not a web address.", false);
        }
        if (url.getHost() == null || !Set.of("http", "https").contains(String.valueOf(url.getScheme()))) {
            return StepOutcome.failed("'" + url + "' is not an http:// or https:// address.", false);
        }
        String refusal = refusal(url.getHost());
        if (refusal != null) {
            return StepOutcome.failed(refusal, false);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(timeoutSeconds(input.get("timeoutSeconds"))))
                .header("Idempotency-Key", execution.idempotencyKey())
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
        request.method(method, body(input.get("body"), contentTypeGiven ? null : request));
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return StepOutcome.failed(url.getHost() + " could not be reached: " + e, true);
        }
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(maxResponseBytes + 1);
        }
        if (body.length > maxResponseBytes) {
            return StepOutcome.failed("The answer is larger than " + maxResponseBytes / 1024 + " KB, the most this"
                    + " step keeps.", false);
        }
        int status = response.statusCode();
        var output = new LinkedHashMap<String, Object>();
        output.put("status", status);
        var headers = new LinkedHashMap<String, Object>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                String.join(", ", values)));
        output.put("headers", headers);
        output.put("body", parse(body, response.headers().firstValue("Content-Type").orElse("")));
        if (status == 429 || status >= 500) {
            return StepOutcome.failed(url.getHost() + " answered HTTP " + status + "; trying again later.", true);
        }
        if (status >= 400) {
            return StepOutcome.failed(url.getHost() + " answered HTTP " + status + ": " + preview(body), false);
        }
        return StepOutcome.done(output);
    }

    /** Why the host may not be called, or null when it may. */
    private String refusal(String host) {
        if (allowPrivateAddresses) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                    return host + " is an internal address (" + address.getHostAddress() + "); workflows may call"
                            + " only public addresses unless the operator allows private ones.";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            // Unknown now may resolve later (DNS trouble): let the attempt fail and be retried.
            return null;
        }
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
