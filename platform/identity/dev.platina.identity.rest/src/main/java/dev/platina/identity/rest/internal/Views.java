package dev.platina.identity.rest.internal;

import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.Role;
import dev.platina.identity.api.User;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The JSON shapes of the identity API. */
final class Views {

    private Views() {
    }

    /** A list answer: {@code {"items": [...], "nextCursor": "..."}}. */
    public record ListView<T>(List<T> items, String nextCursor) {
    }

    /**
     * Who is signed in. {@code totpEnrollmentRequired}: the organisation requires TOTP and this user has not
     * enrolled, so every permission is withheld until they do.
     */
    public record Me(String id, String username, String organization, String organizationId, Set<String> roles,
            Set<String> permissions, boolean totpEnabled, boolean totpEnrollmentRequired) {

        static Me of(Caller caller, Organization organization, boolean totpEnabled) {
            return new Me(caller.userId() == null ? null : caller.userId().toString(), caller.username(),
                    organization.slug(), organization.id().toString(), new TreeSet<>(caller.roles()),
                    new TreeSet<>(caller.permissions()), totpEnabled, organization.totpRequired() && !totpEnabled);
        }
    }

    public record LoginView(String token, Instant expiresAt, Me user) {
    }

    public record UserView(String id, String username, String displayName, String email, Set<String> roles,
            boolean enabled, boolean totpEnabled, Instant lockedUntil, long version, Instant createdAt) {

        static UserView of(User user) {
            return new UserView(user.id().toString(), user.username(), user.displayName(), user.email(),
                    user.roles(), user.enabled(), user.totpEnabled(), user.lockedUntil(), user.version(),
                    user.createdAt());
        }
    }

    public record LimitsView(Integer maxUsers, Integer maxRequestsPerMinute, Integer maxStorageMb) {

        static LimitsView of(Organization.Limits limits) {
            return new LimitsView(limits.maxUsers(), limits.maxRequestsPerMinute(), limits.maxStorageMb());
        }

        Organization.Limits toLimits() {
            return new Organization.Limits(maxUsers, maxRequestsPerMinute, maxStorageMb);
        }
    }

    public record OrganizationView(String id, String parentId, String slug, String name, String kind,
            String status, LimitsView limits, boolean totpRequired, long version, Instant createdAt) {

        static OrganizationView of(Organization o) {
            return new OrganizationView(o.id().toString(), o.parentId() == null ? null : o.parentId().toString(),
                    o.slug(), o.name(), lower(o.kind()), lower(o.status()), LimitsView.of(o.limits()),
                    o.totpRequired(), o.version(), o.createdAt());
        }
    }

    public record RoleView(String id, String name, String description, Set<String> permissions, boolean builtIn,
            long version) {

        static RoleView of(Role role) {
            return new RoleView(role.builtIn() ? role.name() : role.id().toString(), role.name(), role.description(),
                    role.permissions(), role.builtIn(), role.version());
        }
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
