package dev.platina.skill.twilio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.VendorAnswer;
import java.io.IOException;

/**
 * A Twilio error answer as documented: {@code {"code": 21211, "message": "...", "more_info":
 * "https://www.twilio.com/docs/errors/21211", "status": 400}}.
 */
record TwilioError(int status, int code, String message, String moreInfo) {
    /** Twilio's code for "Too Many Requests" (the API's concurrency limit). */
    static final int TOO_MANY_REQUESTS = 20429;
    private static final ObjectMapper JSON = new ObjectMapper();

    static TwilioError of(VendorAnswer answer) {
        JsonNode json = json(answer);
        return new TwilioError(answer.status(), json.path("code").asInt(0), json.path("message").asText(""),
                json.path("more_info").asText(""));
    }

    static JsonNode json(VendorAnswer answer) {
        try {
            JsonNode json = JSON.readTree(answer.body());
            return json == null ? MissingNode.getInstance() : json;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** Twilio's message with its error code, e.g. "The 'To' number 123 is not a valid phone number. (error 21211)". */
    String words() {
        String said = message.isBlank() ? "HTTP " + status : message.strip();
        return code == 0 ? said : said + " (error " + code + (moreInfo.isBlank() ? "" : ", " + moreInfo) + ")";
    }

    /**
     * How the failure counts for a delivery: code 20429 waits as throttled whatever the status; otherwise the
     * kit's usual reading of the status (400 such as an invalid number refused, 401 credentials, 5xx unavailable).
     */
    CallResult result(VendorAnswer answer) {
        if (code == TOO_MANY_REQUESTS) {
            return CallResult.throttled("Twilio answered " + status + ": " + words(), answer.retryAfter());
        }
        CallResult result = answer.failure("Twilio", words());
        // A refusal reads "Twilio SMS refused it: <Twilio's words>" on the run, without the status in between.
        return result.kind() == CallResult.Kind.REFUSED ? CallResult.refused(words()) : result;
    }
}
