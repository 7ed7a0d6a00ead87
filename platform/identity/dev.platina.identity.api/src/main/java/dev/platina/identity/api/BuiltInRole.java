package dev.platina.identity.api;

import static dev.platina.identity.api.Permission.*;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The four roles every organisation has. Admin holds every permission; the others are fixed here and listed in
 * the README's permission matrix. Operator-only powers (installing skills) also need the platform organisation.
 */
public enum BuiltInRole {

    ADMIN("Admin", Permission.all()),
    MANAGER("Manager", Set.of(USERS_READ, ROLES_READ, AUDIT_READ, SESSIONS_READ, WORKFLOWS_READ, WORKFLOWS_EDIT,
            WORKFLOWS_RUN, APPROVALS_READ, APPROVALS_DECIDE, ORGANIZATIONS_READ)),
    USER("User", Set.of(WORKFLOWS_READ, WORKFLOWS_RUN, APPROVALS_READ, APPROVALS_DECIDE)),
    VIEWER("Viewer", Set.of(WORKFLOWS_READ, APPROVALS_READ));

    private final String displayName;
    private final Set<String> permissions;

    BuiltInRole(String displayName, Set<String> permissions) {
        this.displayName = displayName;
        this.permissions = Set.copyOf(new LinkedHashSet<>(permissions));
    }

    /** The name used in the API and the UI: {@code Admin}, {@code Manager}, {@code User}, {@code Viewer}. */
    public String displayName() {
        return displayName;
    }

    public Set<String> permissions() {
        return permissions;
    }

    public static Optional<BuiltInRole> named(String name) {
        for (BuiltInRole role : values()) {
            if (role.displayName.equalsIgnoreCase(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
