package dev.platina.skill.slack.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.VendorAnswer;
import dev.platina.integration.api.VendorHttp;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The platform's one-tap decision endpoint ({@code POST /api/v1/approval-actions/{id}} with the person's signed
 * token), reached on this node's loopback API port. A skill cannot act as a person by itself (it sees no sign-in
 * service and may not mint callers); the token is the platform's own grant for that person and that decision, and
 * the platform decides as them under the task's policy, with its audit trail.
 */
final class PlatformApprovals {

    private static final Pattern ACTION = Pattern.compile("/api/v1/approval-actions/[0-9a-fA-F-]{36}");

    /** What the platform answered: its HTTP status, and the task's state and message, or the problem's detail. */
    record Outcome(int status, String state, String message) {
        boolean decided() {
            return status == 200;
        }
    }

    private final VendorHttp platform;

    PlatformApprovals(String origin) {
        this.platform = VendorHttp.at(origin, Map.of("Accept", "application/json"));
    }

    /** The API service of this node, on loopback ({@code platina.api.port}, as {@code bin/setenv} sets it). */
    static PlatformApprovals onThisNode() {
        return new PlatformApprovals("http://127.0.0.1:" + System.getProperty("platina.api.port", "8081"));
    }

    Outcome act(String actionPath, String token, String comment) throws IOException, InterruptedException {
        if (!ACTION.matcher(actionPath).matches()) {
            throw new IllegalArgumentException("not an approval action: " + actionPath);
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("token", token);
        body.put("comment", comment);
        VendorAnswer answer = platform.json("POST", actionPath, SlackApi.write(body));
        JsonNode json;
        try {
            json = SlackApi.JSON.readTree(answer.body());
        } catch (IOException e) {
            json = null;
        }
        if (json == null) {
            return new Outcome(answer.status(), "", "");
        }
        return answer.ok() ? new Outcome(answer.status(), json.path("state").asText(""),
                json.path("message").asText("")) : new Outcome(answer.status(), "", json.path("detail").asText(""));
    }
}
