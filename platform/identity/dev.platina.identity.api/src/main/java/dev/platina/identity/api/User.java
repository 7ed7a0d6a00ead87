package dev.platina.identity.api;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A person's account in one organisation. Secrets (password hash, TOTP secret) never leave the service. */
public record User(
        UUID id,
        UUID organizationId,
        String username,
        String displayName,
        String email,
        Set<String> roles,
        boolean enabled,
        boolean totpEnabled,
        Instant lockedUntil,
        long version,
        Instant createdAt) {
}
