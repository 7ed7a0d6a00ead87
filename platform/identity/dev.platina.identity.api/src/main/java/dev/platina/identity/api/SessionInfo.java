package dev.platina.identity.api;

import java.time.Instant;
import java.util.UUID;

/** A live sign-in (or API token) of a user, without its secret. */
public record SessionInfo(UUID id, UUID userId, String username, String kind, Instant createdAt,
        Instant lastUsedAt, Instant expiresAt) {
}
