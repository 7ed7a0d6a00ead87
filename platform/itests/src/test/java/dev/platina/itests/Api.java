package dev.platina.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small JSON client for the Platina API, as a script or a UI would call it. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: status, headers and the parsed body (an empty object when there is none). */
    record Reply(int status, HttpResponse<String> raw, JsonNode body) {

        String text(String field) {
            return body.path(field).asText(null);
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Api(int port) {
        this.base = "http://127.0.0.1:" + port + "/api";
    }

    /** Polls a run until it is no longer RUNNING (10 s at most) and returns it. */
    /** The id of the first approval task in this person's inbox, once one is there. */
    String awaitApprovalTask(String token) throws InterruptedException {
        return awaitApprovalTaskWithin(token, 10);
    }

    /** As {@link #awaitApprovalTask(String)}, waiting up to the given seconds. */
    String awaitApprovalTaskWithin(String token, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 20; i++) {
            JsonNode items = get("/v1/approvals", token).body().path("items");
            if (items.size() > 0) {
                return items.get(0).path("id").asText();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No approval task appeared");
    }

    JsonNode awaitRunEnd(String runId, String token) throws InterruptedException {
        JsonNode run = null;
        for (int i = 0; i < 200; i++) {
            run = get("/v1/runs/" + runId, token).body();
            if (!run.path("state").asText().equals("RUNNING")) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The run never ended: " + run);
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    Reply post(String path, String token, Object body) {
        return send("POST", path, token, body, null);
    }

    Reply patch(String path, String token, Object body, String ifMatch) {
        return send("PATCH", path, token, body, ifMatch);
    }

    Reply delete(String path, String token) {
        return send("DELETE", path, token, null, null);
    }

    Reply send(String method, String path, String token, Object body, String ifMatch) {
        return send(method, path, token, body, ifMatch, java.util.Map.of());
    }

    Reply send(String method, String path, String token, Object body, String ifMatch,
            java.util.Map<String, String> headers) {
        try {
            var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
            headers.forEach(request::header);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if (body != null) {
                request.header("Content-Type", "application/json");
                request.method(method, HttpRequest.BodyPublishers.ofString(
                        body instanceof String s ? s : JSON.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode parsed = response.body() == null || response.body().isBlank()
                    ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), response, parsed);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in and returns the token; fails the test with the answer when sign-in fails. */
    String login(String organization, String username, String password) {
        Reply reply = post("/v1/auth/login", null, java.util.Map.of("organization", organization, "username",
                username, "password", password));
        if (reply.status() != 200) {
            throw new AssertionError("Sign-in of " + username + "@" + organization + " failed: " + reply);
        }
        return reply.text("token");
    }
}
