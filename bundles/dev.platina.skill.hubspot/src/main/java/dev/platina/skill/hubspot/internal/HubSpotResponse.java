package dev.platina.skill.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.VendorAnswer;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A HubSpot answer with its JSON body read. */
record HubSpotResponse(VendorAnswer answer, JsonNode json) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EXISTING_ID = Pattern.compile("Existing ID: *([0-9]+)");

    static HubSpotResponse of(VendorAnswer answer) {
        JsonNode json;
        try {
            json = JSON.readTree(answer.body().isBlank() ? "{}" : answer.body());
        } catch (IOException e) {
            json = null;
        }
        return new HubSpotResponse(answer, json == null ? JSON.createObjectNode() : json);
    }

    int status() {
        return answer.status();
    }

    boolean ok() {
        return answer.ok();
    }

    /** HubSpot's error ({@code {"status": "error", "message", "correlationId", "category"}}) in plain words. */
    String errorMessage() {
        String message = json.path("message").asText("");
        String category = json.path("category").asText(json.path("errorType").asText(""));
        if (message.isEmpty()) {
            message = "HTTP " + answer.status();
        }
        return category.isEmpty() ? message : message + " (" + category + ")";
    }

    /** The id HubSpot names when a contact with the same e-mail address exists already (409). */
    Optional<String> existingId() {
        if (answer.status() != 409) {
            return Optional.empty();
        }
        Matcher matcher = EXISTING_ID.matcher(json.path("message").asText(""));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** How a failed answer counts for the delivery; any other conflict is refused, as retrying cannot fix it. */
    CallResult failure() {
        if (answer.status() == 409) {
            return CallResult.refused("HTTP 409: " + errorMessage());
        }
        return CallResult.ofFailedStatus(answer.status(), "HTTP " + answer.status() + ": " + errorMessage(),
                answer.retryAfter());
    }
}
