package dev.platina.skill.salesforce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.VendorAnswer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Salesforce's REST errors, a JSON array of {@code {"message", "errorCode", "fields"}}, in plain words, and how a
 * failed answer counts for a delivery. Salesforce signals its API request limit with {@code 403
 * REQUEST_LIMIT_EXCEEDED}, which is a wait, not a credentials problem.
 */
final class SalesforceErrors {
    static final String REQUEST_LIMIT_EXCEEDED = "REQUEST_LIMIT_EXCEEDED";
    /** The request limit is counted over 24 hours; without a Retry-After, waiting a few minutes is reasonable. */
    static final Duration LIMIT_WAIT = Duration.ofMinutes(5);

    private SalesforceErrors() {
    }

    /** "REQUIRED_FIELD_MISSING: Required fields are missing: [Company] (fields: Company)", joined with "; ". */
    static String describe(VendorAnswer answer) {
        JsonNode body = SalesforceJson.read(answer.body());
        var said = new ArrayList<String>();
        if (body.isArray()) {
            for (JsonNode error : body) {
                String text = error.path("errorCode").asText("") + ": " + error.path("message").asText("");
                var fields = new ArrayList<String>();
                error.path("fields").forEach(field -> fields.add(field.asText()));
                said.add(fields.isEmpty() ? text : text + " (fields: " + String.join(", ", fields) + ")");
            }
        } else if (body.hasNonNull("error")) {
            // OAuth endpoints answer {"error", "error_description"} instead.
            said.add(body.path("error").asText() + body.path("error_description").asText("").transform(
                    d -> d.isEmpty() ? "" : ": " + d));
        }
        return said.isEmpty() ? "HTTP " + answer.status() : String.join("; ", said);
    }

    static List<String> codes(VendorAnswer answer) {
        var codes = new ArrayList<String>();
        JsonNode body = SalesforceJson.read(answer.body());
        if (body.isArray()) {
            body.forEach(error -> codes.add(error.path("errorCode").asText("")));
        }
        return codes;
    }

    /**
     * A failed answer as a delivery's result: 403 REQUEST_LIMIT_EXCEEDED throttled, 401 (still, after the kit's
     * token was tried again) and other 403s a credentials problem, 300 (an external id matching several records)
     * refused, otherwise the kit's usual reading of the status.
     */
    static CallResult failure(VendorAnswer answer) {
        String words = describe(answer);
        if (answer.status() == 403 && codes(answer).contains(REQUEST_LIMIT_EXCEEDED)) {
            return CallResult.throttled("Salesforce answered 403: " + words,
                    Optional.of(answer.retryAfter().orElse(LIMIT_WAIT)));
        }
        if (answer.status() == 401) {
            return CallResult.credentialsRefused("Salesforce ended the session (" + words + "). If Platina cannot"
                    + " refresh it, authorise Salesforce again under Settings > Connections.");
        }
        if (answer.status() == 300) {
            return CallResult.refused("Salesforce answered 300: the external id matches several records");
        }
        return answer.failure(SalesforceConnector.NAME, words);
    }
}
