package dev.platina.skill.googlecalendar.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.VendorAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Google's error answer, {@code {"error": {"code", "message", "errors": [{"reason", ...}]}}}, read into plain words
 * and into how a delivery counts it. Google throttles with 429 and also with 403 and the reason
 * {@code rateLimitExceeded} or {@code userRateLimitExceeded}: those are waited out, not taken for refused
 * credentials.
 */
record GoogleError(int status, String message, List<String> reasons, VendorAnswer answer) {
    static final String VENDOR = GoogleCalendarConnector.NAME;
    private static final Set<String> THROTTLING = Set.of("rateLimitExceeded", "userRateLimitExceeded");

    static GoogleError of(VendorAnswer answer) {
        JsonNode error = GoogleJson.read(answer.body()).path("error");
        var reasons = new ArrayList<String>();
        for (JsonNode detail : error.path("errors")) {
            if (detail.hasNonNull("reason")) {
                reasons.add(detail.get("reason").asText());
            }
        }
        String message = error.path("message").asText("");
        return new GoogleError(answer.status(), message.isBlank() ? "HTTP " + answer.status() : message,
                List.copyOf(reasons), answer);
    }

    boolean has(String reason) {
        return reasons.contains(reason);
    }

    boolean throttling() {
        return status == 429 || (status == 403 && reasons.stream().anyMatch(THROTTLING::contains));
    }

    /** "Rate Limit Exceeded (rateLimitExceeded)". */
    String words() {
        return reasons.isEmpty() ? message : message + " (" + String.join(", ", reasons) + ")";
    }

    CallResult failure() {
        if (throttling()) {
            return CallResult.throttled(VENDOR + " answered " + status + ": " + words(), answer.retryAfter());
        }
        return answer.failure(VENDOR, words());
    }
}
