package dev.platina.integration.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A connector as one organisation sees it: what it is, its state, the settings entered (never the secrets, only
 * which of them are set), the last error in plain words with its time, and the last success. {@code webhookPath}
 * is where the vendor should send webhooks for this connection ({@code /api/v1/hooks/stripe/<id>}), when the
 * connector reads webhooks.
 */
public record ConnectorStatus(
        ConnectorDescriptor connector,
        ConnectionState state,
        Optional<UUID> connectionId,
        Map<String, String> settings,
        Set<String> secretsSet,
        Optional<String> lastError,
        Optional<Instant> lastErrorAt,
        Optional<Instant> lastSuccessAt,
        Optional<Instant> connectedAt,
        Optional<String> connectedBy,
        Optional<String> webhookPath) {

    public ConnectorStatus {
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(state, "state");
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        secretsSet = secretsSet == null ? Set.of() : Set.copyOf(secretsSet);
    }
}
