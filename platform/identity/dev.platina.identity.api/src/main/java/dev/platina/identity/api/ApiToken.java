package dev.platina.identity.api;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A personal API token: a name, the subset of its owner's permissions it carries, and its lifetime. */
public record ApiToken(UUID id, String name, Set<String> permissions, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt) {
}
