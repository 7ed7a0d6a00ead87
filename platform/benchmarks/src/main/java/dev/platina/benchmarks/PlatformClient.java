package dev.platina.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * The platform's REST API as one signed-in user sees it, through the public origin as any client would. JSON is
 * read and written with Selenium's small JSON codec because it is already on this module's class path (for
 * {@link UiSessionProbe}); the benchmarks need no library of their own for it.
 */
final class PlatformClient {

    private static final Json JSON = new Json();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String api;
    private String token;

    private PlatformClient(String origin) {
        this.api = origin.replaceAll("/+$", "") + "/api";
    }

    static PlatformClient signIn(String origin, String organization, String username, String password)
            throws Exception {
        PlatformClient client = new PlatformClient(origin);
        Reply login = client.send("POST", "/v1/auth/login",
                Map.of("organization", organization, "username", username, "password", password));
        client.token = (String) login.expect(200).get("token");
        return client;
    }

    /** One JSON request; {@code body} null sends none. */
    Reply send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.toJson(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(method + " " + path, response.statusCode(), response.body());
    }

    Reply get(String path) throws Exception {
        return send("GET", path, null);
    }

    record Reply(String request, int status, String body) {

        /** The JSON object of the answer, or an exception naming the request and what came back instead. */
        Map<String, Object> expect(int expectedStatus) {
            if (status != expectedStatus) {
                throw new IllegalStateException(request + " answered " + status + " (expected " + expectedStatus
                        + "): " + body);
            }
            return json();
        }

        Map<String, Object> json() {
            return body == null || body.isBlank() ? Map.of() : JSON.toType(body, Json.MAP_TYPE);
        }
    }
}
