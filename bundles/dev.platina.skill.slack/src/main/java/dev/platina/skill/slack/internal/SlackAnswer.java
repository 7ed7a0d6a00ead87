package dev.platina.skill.slack.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.VendorAnswer;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * A Web API answer. Slack reports most failures as HTTP 200 with {@code {"ok": false, "error": "..."}}, so the
 * error code, not the status, says whether to try again, wait for an administrator, or give up.
 */
record SlackAnswer(VendorAnswer http, JsonNode json) {

    static final Set<String> CREDENTIAL_ERRORS = Set.of("invalid_auth", "not_authed", "token_revoked",
            "token_expired", "account_inactive", "no_permission", "missing_scope", "not_allowed_token_type",
            "ekm_access_denied", "team_access_not_granted");
    static final Set<String> OUTAGE_ERRORS = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout");
    private static final Map<String, String> PLAIN_WORDS = Map.of(
            "channel_not_found", "the channel does not exist or the app cannot see it (use the channel id, C...)",
            "not_in_channel", "the app is not a member of the channel; invite it with /invite",
            "is_archived", "the channel is archived",
            "invalid_blocks", "the blocks are not valid Block Kit",
            "msg_too_long", "the message is too long",
            "no_text", "the message has no text",
            "thread_not_found", "there is no such thread to reply to",
            "users_not_found", "no Slack user has that e-mail address",
            "missing_scope", "the app lacks a permission scope; add it under OAuth & Permissions and reinstall");

    static SlackAnswer of(VendorAnswer http) {
        JsonNode json;
        try {
            json = http.body().isBlank() ? MissingNode.getInstance() : SlackApi.JSON.readTree(http.body());
        } catch (IOException e) {
            json = MissingNode.getInstance();
        }
        return new SlackAnswer(http, json == null ? MissingNode.getInstance() : json);
    }

    boolean ok() {
        return http.ok() && json.path("ok").asBoolean(false);
    }

    /** Slack's error code, or {@code ""}. */
    String error() {
        return json.path("error").asText("");
    }

    /** This failed answer for the kit's deliveries: what to do about it, in plain words. */
    CallResult failure() {
        String error = error();
        if (http.status() == 429 || error.equals("ratelimited")) {
            return CallResult.throttled("Slack is limiting requests (ratelimited)", http.retryAfter());
        }
        if (http.status() >= 500 || OUTAGE_ERRORS.contains(error)) {
            return CallResult.unavailable("Slack answered " + http.status() + (error.isEmpty() ? "" : " (" + error
                    + ")"), http.retryAfter());
        }
        if (!http.ok()) {
            return http.failure(SlackConnector.NAME, error);
        }
        if (CREDENTIAL_ERRORS.contains(error)) {
            String needed = json.path("needed").isTextual() ? " (needed: " + json.path("needed").asText() + ")" : "";
            return CallResult.credentialsRefused("Slack refused the bot token: " + error + needed);
        }
        return CallResult.refused("Slack refused it: " + describe(error));
    }

    static String describe(String error) {
        String words = PLAIN_WORDS.get(error);
        if (error.isEmpty()) {
            return "no reason given";
        }
        return words == null ? error : words + " (" + error + ")";
    }
}
