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
    private static final Map<String, String> PLAIN_WORDS = Map.ofEntries(
            Map.entry("invalid_auth", "the token is not valid"),
            Map.entry("not_authed", "no token was sent"),
            Map.entry("token_revoked", "the token was revoked"),
            Map.entry("token_expired", "the token expired"),
            Map.entry("account_inactive", "the app's account or workspace was deactivated"),
            Map.entry("missing_scope", "the app lacks a permission scope; add it under OAuth & Permissions and"
                    + " reinstall the app"),
            Map.entry("channel_not_found", "the channel does not exist or the app cannot see it (use the channel"
                    + " id, C...)"),
            Map.entry("not_in_channel", "the app is not a member of the channel; invite it with /invite"),
            Map.entry("is_archived", "the channel is archived"),
            Map.entry("invalid_blocks", "the blocks are not valid Block Kit"),
            Map.entry("msg_too_long", "the message is too long"),
            Map.entry("no_text", "the message has no text"),
            Map.entry("thread_not_found", "there is no such thread to reply to"),
            Map.entry("users_not_found", "no Slack user has that e-mail address"));

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

    /**
     * This failed answer for the kit's deliveries: what to do about it, and Slack's reason in plain words (without
     * the vendor's name: the kit words it "Slack refused it: ...", "Waiting for Slack: ...").
     */
    CallResult failure() {
        String error = error();
        if (http.status() == 429 || error.equals("ratelimited")) {
            return CallResult.throttled("ratelimited", http.retryAfter());
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
            return CallResult.credentialsRefused(describe(error) + needed);
        }
        return CallResult.refused(describe(error));
    }

    static String describe(String error) {
        String words = PLAIN_WORDS.get(error);
        if (error.isEmpty()) {
            return "no reason given";
        }
        return words == null ? error : words + " (" + error + ")";
    }
}
