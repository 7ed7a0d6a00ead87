package dev.platina.identity.impl.internal;

import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationChanges;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code organization} table. Platform-wide: callers are filtered to their subtree by the service. */
final class OrganizationStore {

    private static final String COLUMNS = "id, parent_id, slug, name, kind, status, max_users,"
            + " max_requests_per_minute, max_storage_mb, totp_required, version, created_at";

    private OrganizationStore() {
    }

    static void insert(Connection c, Organization o) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO organization (id, parent_id, slug, name,"
                + " kind, status, max_users, max_requests_per_minute, max_storage_mb, totp_required)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, o.id());
            insert.setObject(2, o.parentId());
            insert.setString(3, o.slug());
            insert.setString(4, o.name());
            insert.setString(5, o.kind().name());
            insert.setString(6, o.status().name());
            setLimits(insert, 7, o.limits());
            insert.setBoolean(10, o.totpRequired());
            insert.executeUpdate();
        }
    }

    static Optional<Organization> byId(Connection c, UUID id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM organization WHERE id = ?", id);
    }

    static Optional<Organization> bySlug(Connection c, String slug) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM organization WHERE slug = ?", slug);
    }

    /** Every organisation strictly below {@code root}, parents before children. */
    static List<Organization> below(Connection c, UUID root) throws SQLException {
        var result = new ArrayList<Organization>();
        try (PreparedStatement query = c.prepareStatement("WITH RECURSIVE tree AS ("
                + " SELECT " + COLUMNS + ", 1 AS depth FROM organization WHERE parent_id = ?"
                + " UNION ALL SELECT o.id, o.parent_id, o.slug, o.name, o.kind, o.status, o.max_users,"
                + " o.max_requests_per_minute, o.max_storage_mb, o.totp_required, o.version, o.created_at,"
                + " t.depth + 1 FROM organization o JOIN tree t ON o.parent_id = t.id)"
                + " SELECT " + COLUMNS + " FROM tree ORDER BY depth, slug")) {
            query.setObject(1, root);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(read(rows));
                }
            }
        }
        return result;
    }

    static boolean isBelow(Connection c, UUID ancestor, UUID id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("WITH RECURSIVE up AS ("
                + " SELECT id, parent_id FROM organization WHERE id = ?"
                + " UNION ALL SELECT o.id, o.parent_id FROM organization o JOIN up ON o.id = up.parent_id)"
                + " SELECT 1 FROM up WHERE parent_id = ?")) {
            query.setObject(1, id);
            query.setObject(2, ancestor);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    static boolean hasChildren(Connection c, UUID id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM organization WHERE parent_id = ? LIMIT 1")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Applies the changes if the row is still at {@code expectedVersion}; false when it is not. */
    static boolean update(Connection c, UUID id, OrganizationChanges changes, long expectedVersion)
            throws SQLException {
        Organization.Limits limits = changes.limits();
        try (PreparedStatement update = c.prepareStatement("UPDATE organization SET"
                + " name = coalesce(?, name), status = coalesce(?, status),"
                + " max_users = CASE WHEN ? THEN ? ELSE max_users END,"
                + " max_requests_per_minute = CASE WHEN ? THEN ? ELSE max_requests_per_minute END,"
                + " max_storage_mb = CASE WHEN ? THEN ? ELSE max_storage_mb END,"
                + " totp_required = coalesce(?, totp_required), version = version + 1, updated_at = now()"
                + " WHERE id = ? AND version = ?")) {
            update.setString(1, changes.name());
            update.setString(2, changes.status() == null ? null : changes.status().name());
            update.setBoolean(3, limits != null);
            setInt(update, 4, limits == null ? null : limits.maxUsers());
            update.setBoolean(5, limits != null);
            setInt(update, 6, limits == null ? null : limits.maxRequestsPerMinute());
            update.setBoolean(7, limits != null);
            setInt(update, 8, limits == null ? null : limits.maxStorageMb());
            if (changes.totpRequired() == null) {
                update.setNull(9, Types.BOOLEAN);
            } else {
                update.setBoolean(9, changes.totpRequired());
            }
            update.setObject(10, id);
            update.setLong(11, expectedVersion);
            return update.executeUpdate() == 1;
        }
    }

    static void delete(Connection c, UUID id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM organization WHERE id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        }
    }

    private static Optional<Organization> one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setObject(1, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    private static Organization read(ResultSet row) throws SQLException {
        return new Organization(row.getObject("id", UUID.class), row.getObject("parent_id", UUID.class),
                row.getString("slug"), row.getString("name"), Organization.Kind.valueOf(row.getString("kind")),
                Organization.Status.valueOf(row.getString("status")),
                new Organization.Limits(row.getObject("max_users", Integer.class),
                        row.getObject("max_requests_per_minute", Integer.class),
                        row.getObject("max_storage_mb", Integer.class)),
                row.getBoolean("totp_required"), row.getLong("version"),
                row.getTimestamp("created_at").toInstant());
    }

    private static void setLimits(PreparedStatement statement, int first, Organization.Limits limits)
            throws SQLException {
        Organization.Limits effective = limits == null ? Organization.Limits.NONE : limits;
        setInt(statement, first, effective.maxUsers());
        setInt(statement, first + 1, effective.maxRequestsPerMinute());
        setInt(statement, first + 2, effective.maxStorageMb());
    }

    private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
