package dev.platina.identity.api;

import java.time.Instant;
import java.util.UUID;

/** A node of the organisation tree: the platform operator at the root, resellers, tenants. */
public record Organization(
        UUID id,
        UUID parentId,
        String slug,
        String name,
        Kind kind,
        Status status,
        Limits limits,
        boolean totpRequired,
        long version,
        Instant createdAt) {

    public enum Kind {
        PLATFORM,
        RESELLER,
        TENANT
    }

    public enum Status {
        ACTIVE,
        /** Logins are refused and live sessions stop working; the data is kept. */
        SUSPENDED
    }

    /** Per-organisation limits; null means unlimited. */
    public record Limits(Integer maxUsers, Integer maxRequestsPerMinute, Integer maxStorageMb) {
        public static final Limits NONE = new Limits(null, null, null);
    }

    /** The slug of the root organisation, which the operator's accounts belong to. */
    public static final String PLATFORM_SLUG = "platform";
}
