package dev.platina.identity.impl.internal;

import dev.platina.identity.api.BuiltInRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;

/** The custom roles of the organisation the current transaction runs in, by name. */
final class CustomRoles {

    private CustomRoles() {
    }

    static Map<String, Set<String>> load(EntityManager em) {
        var roles = new HashMap<String, Set<String>>();
        for (CustomRoleEntity role : em.createQuery("SELECT r FROM CustomRoleEntity r", CustomRoleEntity.class)
                .getResultList()) {
            roles.put(role.name(), role.permissions());
        }
        return roles;
    }

    /**
     * The custom roles among {@code roleNames}; asks the database only when one of them is not built in, which on
     * the per-request path is the exception.
     */
    static Map<String, Set<String>> loadFor(Connection c, Set<String> roleNames) throws SQLException {
        boolean allBuiltIn = roleNames.stream().allMatch(name -> BuiltInRole.named(name).isPresent());
        return allBuiltIn ? Map.of() : load(c);
    }

    static Map<String, Set<String>> load(Connection c) throws SQLException {
        var roles = new HashMap<String, Set<String>>();
        try (PreparedStatement query = c.prepareStatement("SELECT name, permissions FROM custom_role");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                roles.put(rows.getString(1), CredentialStore.split(rows.getString(2)));
            }
        }
        return roles;
    }
}
