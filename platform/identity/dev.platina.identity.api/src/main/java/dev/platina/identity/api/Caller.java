package dev.platina.identity.api;

import dev.platina.persistence.api.TenantId;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated party a request acts for, resolved afresh on every request: a user's current roles, or an
 * API token's granted subset of them. {@code system} callers are the platform itself (bootstrap, shell commands
 * run by the operator on the machine).
 */
public record Caller(
        TenantId organization,
        UUID userId,
        String username,
        Set<String> roles,
        Set<String> permissions,
        Kind kind,
        String requestId) {

    public enum Kind {
        USER,
        API_TOKEN,
        SYSTEM
    }

    public Caller {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(kind, "kind");
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public boolean has(String permission) {
        return permissions.contains(permission);
    }

    /** The platform acting for itself in an organisation, with every permission. */
    public static Caller system(TenantId organization, String purpose) {
        return new Caller(organization, null, "system:" + purpose, Set.of(), Permission.all(), Kind.SYSTEM, null);
    }
}
