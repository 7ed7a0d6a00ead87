package dev.platina.skill.stripe.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.VendorAnswer;
import java.io.IOException;

/** A Stripe answer with its JSON body read. */
record StripeResponse(VendorAnswer answer, JsonNode json) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static StripeResponse of(VendorAnswer answer) {
        JsonNode json;
        try {
            json = JSON.readTree(answer.body().isBlank() ? "{}" : answer.body());
        } catch (IOException e) {
            json = null;
        }
        return new StripeResponse(answer, json == null ? JSON.createObjectNode() : json);
    }

    int status() {
        return answer.status();
    }

    boolean ok() {
        return answer.ok();
    }

    /** Stripe's error message ({@code {"error": {"type", "message", "code"}}}) in plain words. */
    String errorMessage() {
        JsonNode error = json.path("error");
        String message = error.path("message").asText("");
        String code = error.path("code").asText("");
        if (message.isEmpty()) {
            message = "HTTP " + answer.status();
        }
        return code.isEmpty() ? message : message + " (" + code + ")";
    }

    /** How a failed answer counts for the delivery; an idempotency conflict of different parameters is refused. */
    CallResult failure() {
        if ("idempotency_error".equals(json.path("error").path("type").asText())) {
            return CallResult.refused(errorMessage());
        }
        CallResult result = answer.failure(StripeConnector.NAME, errorMessage());
        return result.kind() == CallResult.Kind.REFUSED ? CallResult.refused(errorMessage()) : result;
    }
}
