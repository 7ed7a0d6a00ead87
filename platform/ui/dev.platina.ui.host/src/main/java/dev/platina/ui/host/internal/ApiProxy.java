package dev.platina.ui.host.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands {@code /api} requests to the platform's HTTP service on loopback, so the browser, the PWA's service worker
 * and API clients all use one origin. The client's address travels in {@code X-Forwarded-For}; whatever the
 * client claimed there itself is dropped, because the API trusts that header from loopback peers only.
 *
 * <p>While a skill comes or goes, the JAX-RS runtime rebuilds the API and for a moment no endpoint is mounted:
 * the HTTP service then answers 404 with a non-JSON page before any resource saw the request. Such a request is
 * sent again (its body is kept for that) until the API is back, so installing, upgrading or removing a skill
 * fails no request. The same holds for the JAX-RS servlet's own 500 in the middle of a remount.
 */
final class ApiProxy extends Handler.Abstract {

    private static final String ROUTE_HEADER = "Platina-Route";
    private static final Logger LOG = LoggerFactory.getLogger(ApiProxy.class);
    private static final long MAX_BODY_BYTES = 32L * 1024 * 1024;
    private static final Duration REMOUNT_PATIENCE = Duration.ofSeconds(10);
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "date", "expect", "from",
            "host", "upgrade", "via", "warning", "keep-alive", "transfer-encoding", "te", "trailer",
            "proxy-authorization", "proxy-connection", "forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-proto");
    private static final Set<String> NOT_RETURNED = Set.of("connection", "keep-alive", "transfer-encoding",
            "content-length", "date", "server", "platina-route");

    private final int apiPort;
    private final BooleanSupplier skillsChanging;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    ApiProxy(int apiPort, BooleanSupplier skillsChanging) {
        this.apiPort = apiPort;
        this.skillsChanging = skillsChanging;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        try {
            byte[] body = Content.Source.asInputStream(request).readNBytes((int) MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                answer(response, 413, "{\"type\":\"https://platina.dev/problems/payload-too-large\",\"title\":"
                        + "\"The request is too large\",\"status\":413,\"detail\":\"API requests may carry at most "
                        + MAX_BODY_BYTES / (1024 * 1024) + " MB.\",\"limit\":\"request-body-bytes\"}");
                callback.succeeded();
                return true;
            }
            HttpResponse<InputStream> upstream = forward(request, body);
            response.setStatus(upstream.statusCode());
            upstream.headers().map().forEach((name, values) -> {
                if (!NOT_RETURNED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> response.getHeaders().add(name, value));
                }
            });
            try (InputStream in = upstream.body(); OutputStream out = Content.Sink.asOutputStream(response)) {
                in.transferTo(out);
            }
            callback.succeeded();
        } catch (IOException e) {
            LOG.warn("The API did not answer {} {}: {}", request.getMethod(), request.getHttpURI().getPath(),
                    e.toString());
            failGracefully(response, callback, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            callback.failed(e);
        }
        return true;
    }

    private HttpResponse<InputStream> forward(Request request, byte[] body) throws IOException, InterruptedException {
        HttpRequest outbound = outbound(request, body);
        long deadline = System.nanoTime() + REMOUNT_PATIENCE.toNanos();
        while (true) {
            HttpResponse<InputStream> upstream = client.send(outbound, HttpResponse.BodyHandlers.ofInputStream());
            if (!(isUnmounted(upstream) || isUnmatchedWhileSkillsChange(upstream)
                    || isContainerFailureWhileSkillsChange(upstream)) || System.nanoTime() > deadline) {
                return upstream;
            }
            upstream.body().close();
            LOG.debug("The API is being remounted; sending {} {} again", request.getMethod(),
                    request.getHttpURI().getPath());
            Thread.sleep(25);
        }
    }

    /** A 404 that is not one of the API's problem+json answers: no endpoint was mounted to see the request. */
    private static boolean isUnmounted(HttpResponse<?> upstream) {
        return upstream.statusCode() == 404
                && !upstream.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT).contains("json");
    }

    /** No resource matched while a skill is being swapped: its new version's resources are about to arrive. */
    private boolean isUnmatchedWhileSkillsChange(HttpResponse<?> upstream) {
        return upstream.statusCode() == 404 && upstream.headers().firstValue(ROUTE_HEADER).orElse("").equals("none")
                && skillsChanging.getAsBoolean();
    }

    /**
     * A 500 that is not one of the API's problem+json answers while a skill is being swapped: the JAX-RS servlet
     * failed before any resource saw the request (Pax Web's JSON error page for CXF's "incomingObserver is null"
     * mid-remount), so sending it again cannot repeat an effect.
     */
    private boolean isContainerFailureWhileSkillsChange(HttpResponse<?> upstream) {
        return upstream.statusCode() == 500 && !upstream.headers().firstValue("Content-Type").orElse("")
                .toLowerCase(Locale.ROOT).contains("problem+json") && skillsChanging.getAsBoolean();
    }

    private HttpRequest outbound(Request request, byte[] body) {
        String pathQuery = request.getHttpURI().getPathQuery();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + pathQuery))
                .timeout(Duration.ofMinutes(5))
                .method(request.getMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (HttpField field : request.getHeaders()) {
            if (!NOT_FORWARDED.contains(field.getLowerCaseName())) {
                builder.header(field.getName(), field.getValue());
            }
        }
        String scheme = request.getHttpURI().getScheme();
        String host = request.getHeaders().get(HttpHeader.HOST);
        builder.header("X-Forwarded-For", Request.getRemoteAddr(request));
        builder.header("X-Forwarded-Proto", scheme == null ? "http" : scheme);
        if (host != null) {
            builder.header("X-Forwarded-Host", host);
        }
        return builder.build();
    }

    private static void failGracefully(Response response, Callback callback, IOException cause) {
        if (response.isCommitted()) {
            callback.failed(cause);
            return;
        }
        try {
            answer(response, 502, "{\"type\":\"https://platina.dev/problems/unavailable\",\"title\":\"Service"
                    + " unavailable\",\"status\":502,\"detail\":\"The API did not answer. Try again in a moment.\"}");
            callback.succeeded();
        } catch (IOException e) {
            callback.failed(e);
        }
    }

    private static void answer(Response response, int status, String problem) throws IOException {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            out.write(problem.getBytes(StandardCharsets.UTF_8));
        }
    }
}
