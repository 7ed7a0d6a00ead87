package dev.platina.integration.api;

import java.util.Objects;
import java.util.Optional;

/**
 * How an OAuth 2.0 authorisation ended when the vendor sent the browser back: the connector (when the state was
 * known), whether it worked, and what to tell the administrator in plain words.
 */
public record AuthorisationOutcome(Optional<String> connectorId, boolean authorised, String message) {

    public AuthorisationOutcome {
        connectorId = connectorId == null ? Optional.empty() : connectorId;
        Objects.requireNonNull(message, "message");
    }
}
