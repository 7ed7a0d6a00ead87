package dev.platina.skill.stripe.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.CallResult;
import java.time.Duration;
import java.util.Optional;

/** A Stripe answer: status, JSON body and the {@code Retry-After} it asked for. */
record StripeResponse(int status, JsonNode json, Optional<Duration> retryAfter) {

    boolean ok() {
        return status / 100 == 2;
    }

    /** Stripe's error message ({@code {"error": {"type", "message", "code"}}}) in plain words. */
    String errorMessage() {
        JsonNode error = json.path("error");
        String message = error.path("message").asText("");
        String code = error.path("code").asText("");
        if (message.isEmpty()) {
            message = "HTTP " + status;
        }
        return code.isEmpty() ? message : message + " (" + code + ")";
    }

    /** How a failed answer counts for the delivery; an idempotency conflict of different parameters is refused. */
    CallResult failure() {
        if ("idempotency_error".equals(json.path("error").path("type").asText())) {
            return CallResult.refused(errorMessage());
        }
        CallResult result = CallResult.ofFailedStatus(status, errorMessage(), retryAfter);
        return result.kind() == CallResult.Kind.REFUSED ? result : new CallResult(result.kind(), "Stripe answered"
                + " HTTP " + status + ": " + errorMessage(), retryAfter, java.util.Map.of());
    }
}
