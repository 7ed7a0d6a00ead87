package dev.platina.integration.impl.internal;

import dev.platina.integration.api.ConnectionState;
import dev.platina.persistence.api.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A stored connection as read from its row; secrets and tokens still sealed. */
record ConnectionRow(UUID id, TenantId organization, String connector, Map<String, String> settings,
        byte[] secrets, byte[] tokens, Optional<Instant> tokenExpiresAt, ConnectionState state,
        Optional<String> lastError, Optional<Instant> lastErrorAt, Optional<Instant> lastSuccessAt,
        Instant connectedAt, String connectedBy) {
}
