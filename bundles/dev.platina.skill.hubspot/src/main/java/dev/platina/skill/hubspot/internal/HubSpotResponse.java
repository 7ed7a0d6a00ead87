package dev.platina.skill.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.CallResult;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A HubSpot answer: status, JSON body and the {@code Retry-After} it asked for. */
record HubSpotResponse(int status, JsonNode json, Optional<Duration> retryAfter) {
    private static final Pattern EXISTING_ID = Pattern.compile("Existing ID: *([0-9]+)");

    boolean ok() {
        return status / 100 == 2;
    }

    /** HubSpot's error ({@code {"status": "error", "message", "correlationId", "category"}}) in plain words. */
    String errorMessage() {
        String message = json.path("message").asText("");
        String category = json.path("category").asText(json.path("errorType").asText(""));
        if (message.isEmpty()) {
            message = "HTTP " + status;
        }
        return category.isEmpty() ? message : message + " (" + category + ")";
    }

    /** The id HubSpot names when a contact with the same e-mail address exists already (409). */
    Optional<String> existingId() {
        if (status != 409) {
            return Optional.empty();
        }
        Matcher matcher = EXISTING_ID.matcher(json.path("message").asText(""));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** How a failed answer counts for the delivery; any other conflict is refused, as retrying cannot fix it. */
    CallResult failure() {
        if (status == 409) {
            return CallResult.refused("HTTP 409: " + errorMessage());
        }
        return CallResult.ofFailedStatus(status, "HTTP " + status + ": " + errorMessage(), retryAfter);
    }
}
