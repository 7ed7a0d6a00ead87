package dev.platina.identity.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Sessions and API tokens in {@code credential}, looked up by the hash of the bearer token. */
final class CredentialStore {

    /** A credential that is valid now, with what is needed to build the caller. */
    record Active(UUID id, String kind, UUID userId, String username, Set<String> roles,
            Set<String> tokenPermissions, Instant lastUsedAt, Instant expiresAt, boolean totpEnabled) {
    }

    /** A stored credential as listed to people: no hash, no secret. */
    record Listed(UUID id, UUID userId, String username, String kind, String name, Set<String> permissions,
            Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
    }

    private CredentialStore() {
    }

    static void insertSession(Connection c, UUID tenant, UUID userId, byte[] tokenHash, Instant expiresAt)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO credential (tenant_id, id, user_id, kind,"
                + " token_hash, expires_at) VALUES (?, ?, ?, 'SESSION', ?, ?)")) {
            insert.setObject(1, tenant);
            insert.setObject(2, UUID.randomUUID());
            insert.setObject(3, userId);
            insert.setBytes(4, tokenHash);
            insert.setTimestamp(5, Timestamp.from(expiresAt));
            insert.executeUpdate();
        }
    }

    /**
     * The credential for this hash when it is neither revoked nor expired, its user is enabled, and (for
     * sessions) it was used within {@code idleTimeout}.
     */
    static Optional<Active> findActive(Connection c, byte[] tokenHash, Duration idleTimeout) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT c.id, c.kind, c.user_id, u.username, u.roles,"
                + " c.permissions, c.last_used_at, c.expires_at, u.totp_enabled"
                + " FROM credential c JOIN app_user u ON u.id = c.user_id"
                + " WHERE c.token_hash = ? AND c.revoked_at IS NULL AND c.expires_at > now() AND u.enabled"
                + " AND (c.kind <> 'SESSION' OR c.last_used_at > now() - make_interval(secs => ?))")) {
            query.setBytes(1, tokenHash);
            query.setLong(2, idleTimeout.toSeconds());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String permissions = row.getString("permissions");
                return Optional.of(new Active(row.getObject("id", UUID.class), row.getString("kind"),
                        row.getObject("user_id", UUID.class), row.getString("username"), split(row.getString("roles")),
                        permissions == null ? null : split(permissions),
                        row.getTimestamp("last_used_at").toInstant(), row.getTimestamp("expires_at").toInstant(),
                        row.getBoolean("totp_enabled")));
            }
        }
    }

    static UUID insertApiToken(Connection c, UUID tenant, UUID userId, byte[] tokenHash, String name,
            Set<String> permissions, Instant expiresAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO credential (tenant_id, id, user_id, kind,"
                + " token_hash, name, permissions, expires_at) VALUES (?, ?, ?, 'API_TOKEN', ?, ?, ?, ?)")) {
            insert.setObject(1, tenant);
            insert.setObject(2, id);
            insert.setObject(3, userId);
            insert.setBytes(4, tokenHash);
            insert.setString(5, name);
            insert.setString(6, String.join(",", permissions));
            insert.setTimestamp(7, Timestamp.from(expiresAt));
            insert.executeUpdate();
        }
        return id;
    }

    /** Credentials neither revoked nor expired; of one user and kind when those are given. */
    static java.util.List<Listed> listActive(Connection c, UUID userId, String kind) throws SQLException {
        var result = new java.util.ArrayList<Listed>();
        try (PreparedStatement query = c.prepareStatement("SELECT c.id, c.user_id, u.username, c.kind, c.name,"
                + " c.permissions, c.created_at, c.last_used_at, c.expires_at FROM credential c"
                + " JOIN app_user u ON u.id = c.user_id WHERE c.revoked_at IS NULL AND c.expires_at > now()"
                + " AND (?::uuid IS NULL OR c.user_id = ?::uuid) AND (?::text IS NULL OR c.kind = ?::text)"
                + " ORDER BY c.last_used_at DESC")) {
            query.setObject(1, userId);
            query.setObject(2, userId);
            query.setString(3, kind);
            query.setString(4, kind);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String permissions = rows.getString("permissions");
                    result.add(new Listed(rows.getObject("id", UUID.class), rows.getObject("user_id", UUID.class),
                            rows.getString("username"), rows.getString("kind"), rows.getString("name"),
                            permissions == null ? null : split(permissions),
                            rows.getTimestamp("created_at").toInstant(), rows.getTimestamp("last_used_at").toInstant(),
                            rows.getTimestamp("expires_at").toInstant()));
                }
            }
        }
        return result;
    }

    /** Revokes one credential, only if it belongs to {@code userId} when that is given. */
    static int revokeById(Connection c, UUID id, UUID userId) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE credential SET revoked_at = now()"
                + " WHERE id = ? AND revoked_at IS NULL AND (?::uuid IS NULL OR user_id = ?::uuid)")) {
            update.setObject(1, id);
            update.setObject(2, userId);
            update.setObject(3, userId);
            return update.executeUpdate();
        }
    }

    static void touch(Connection c, UUID id) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE credential SET last_used_at = now() WHERE id = ?")) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }

    static int revokeByHash(Connection c, byte[] tokenHash) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE credential SET revoked_at = now() WHERE token_hash = ? AND revoked_at IS NULL")) {
            update.setBytes(1, tokenHash);
            return update.executeUpdate();
        }
    }

    /** Ends every session of the user, e.g. after a password reset; API tokens stay. */
    static int revokeSessions(Connection c, UUID userId) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE credential SET revoked_at = now()"
                + " WHERE user_id = ? AND kind = 'SESSION' AND revoked_at IS NULL")) {
            update.setObject(1, userId);
            return update.executeUpdate();
        }
    }

    static Set<String> split(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(joined.split(",")));
    }
}
