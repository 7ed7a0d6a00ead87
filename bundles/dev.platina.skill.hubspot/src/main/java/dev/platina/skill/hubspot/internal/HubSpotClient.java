package dev.platina.skill.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.integration.api.Connection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** HubSpot's CRM API as documented: JSON requests and answers, the private app's token as a bearer token. */
final class HubSpotClient {
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String accessToken;

    HubSpotClient(URI base, String accessToken) {
        this.base = base;
        this.accessToken = accessToken;
    }

    static HubSpotClient of(Connection connection) throws IOException {
        String token = connection.secret(HubSpotConnector.ACCESS_TOKEN)
                .orElseThrow(() -> new IOException("No HubSpot access token is stored for this organisation."));
        String base = connection.setting(HubSpotConnector.BASE_URL).filter(url -> !url.isBlank())
                .orElse(HubSpotConnector.DEFAULT_BASE_URL);
        return new HubSpotClient(URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base),
                token);
    }

    HubSpotResponse get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    HubSpotResponse post(String path, Map<String, Object> body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    HubSpotResponse patch(String path, Map<String, Object> body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json");
    }

    private static HubSpotResponse send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = JSON.readTree(response.body() == null || response.body().isBlank() ? "{}" : response.body());
        } catch (IOException e) {
            body = JSON.createObjectNode();
        }
        return new HubSpotResponse(response.statusCode(), body == null ? JSON.createObjectNode() : body,
                retryAfter(response.headers().firstValue("Retry-After")));
    }

    static Optional<Duration> retryAfter(Optional<String> header) {
        return header.map(String::strip).filter(value -> value.matches("[0-9]{1,6}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)));
    }
}
