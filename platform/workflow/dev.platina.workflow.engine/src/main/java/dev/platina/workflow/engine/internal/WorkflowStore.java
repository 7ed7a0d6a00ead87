package dev.platina.workflow.engine.internal;

import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import dev.platina.workflow.api.Workflow;
import dev.platina.workflow.api.WorkflowVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Workflows and their versions in PostgreSQL, always within one organisation (row-level security). */
final class WorkflowStore {

    private static final String SELECT_VERSION = "SELECT w.id, v.name, w.description, v.version, v.definition::text,"
            + " w.created_at, v.saved_at, v.saved_by FROM platina.workflow w JOIN platina.workflow_version v"
            + " ON v.workflow_id = w.id ";

    private final TenantTransactions transactions;
    private final Json json;
    private final TriggerIndex triggers;

    WorkflowStore(TenantTransactions transactions, Json json, TriggerIndex triggers) {
        this.transactions = transactions;
        this.json = json;
        this.triggers = triggers;
    }

    Workflow insert(TenantId tenant, UUID id, Definition definition, Map<String, Object> source, UUID owner,
            String savedBy) {
        return transactions.inTenant(tenant, c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.workflow (tenant_id, id, name,"
                    + " description, current_version, owner_id, updated_by) VALUES (?, ?, ?, ?, 1, ?, ?)")) {
                insert.setObject(1, tenant.value());
                insert.setObject(2, id);
                insert.setString(3, definition.name());
                insert.setString(4, definition.description());
                insert.setObject(5, owner);
                insert.setString(6, savedBy);
                insert.executeUpdate();
            }
            insertVersion(c, tenant, id, 1, definition.name(), source, savedBy);
            triggers.save(c, tenant, id, 1, definition.trigger());
            return current(c, id).orElseThrow();
        });
    }

    /** Saves the next version if {@code expectedVersion} is still current; empty when it is not (or no workflow). */
    Optional<Workflow> update(TenantId tenant, UUID id, int expectedVersion, Definition definition,
            Map<String, Object> source, String savedBy) {
        return transactions.inTenant(tenant, c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE platina.workflow SET current_version ="
                    + " current_version + 1, name = ?, description = ?, updated_at = now(), updated_by = ?"
                    + " WHERE id = ? AND current_version = ? AND deleted_at IS NULL")) {
                update.setString(1, definition.name());
                update.setString(2, definition.description());
                update.setString(3, savedBy);
                update.setObject(4, id);
                update.setInt(5, expectedVersion);
                if (update.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            insertVersion(c, tenant, id, expectedVersion + 1, definition.name(), source, savedBy);
            triggers.save(c, tenant, id, expectedVersion + 1, definition.trigger());
            return current(c, id);
        });
    }

    Optional<Workflow> current(TenantId tenant, UUID id) {
        return transactions.inTenant(tenant, c -> current(c, id));
    }

    Optional<Workflow> version(TenantId tenant, UUID id, int version) {
        return transactions.inTenant(tenant, c -> one(c, SELECT_VERSION + "WHERE w.id = ? AND v.version = ?"
                + " AND w.deleted_at IS NULL", id, version));
    }

    /** The current version's number, whether the workflow exists or not. */
    Optional<Integer> currentVersion(TenantId tenant, UUID id) {
        return current(tenant, id).map(Workflow::version);
    }

    List<Workflow> list(TenantId tenant, int limit) {
        return transactions.inTenant(tenant, c -> {
            try (PreparedStatement query = c.prepareStatement(SELECT_VERSION + "AND v.version = w.current_version"
                    + " WHERE w.deleted_at IS NULL ORDER BY w.updated_at DESC, w.id LIMIT ?")) {
                query.setInt(1, limit);
                return all(query);
            }
        });
    }

    List<WorkflowVersion> versions(TenantId tenant, UUID id) {
        return transactions.inTenant(tenant, c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT v.version, v.name, v.saved_at, v.saved_by"
                    + " FROM platina.workflow_version v JOIN platina.workflow w ON w.id = v.workflow_id"
                    + " WHERE w.id = ? AND w.deleted_at IS NULL ORDER BY v.version DESC")) {
                query.setObject(1, id);
                var versions = new ArrayList<WorkflowVersion>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        versions.add(new WorkflowVersion(rows.getInt(1), rows.getString(2),
                                rows.getTimestamp(3).toInstant(), rows.getString(4)));
                    }
                }
                return versions;
            }
        });
    }

    /** Marks the workflow deleted; returns its name, or empty when there was none. */
    Optional<String> delete(TenantId tenant, UUID id, String deletedBy) {
        return transactions.inTenant(tenant, c -> {
            try (PreparedStatement delete = c.prepareStatement("UPDATE platina.workflow SET deleted_at = now(),"
                    + " updated_by = ? WHERE id = ? AND deleted_at IS NULL RETURNING name")) {
                delete.setString(1, deletedBy);
                delete.setObject(2, id);
                try (ResultSet rows = delete.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<String>empty();
                    }
                    triggers.remove(c, id);
                    return Optional.of(rows.getString(1));
                }
            }
        });
    }

    private void insertVersion(Connection c, TenantId tenant, UUID id, int version, String name,
            Map<String, Object> source, String savedBy) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.workflow_version (tenant_id,"
                + " workflow_id, version, name, definition, saved_by) VALUES (?, ?, ?, ?, ?::jsonb, ?)")) {
            insert.setObject(1, tenant.value());
            insert.setObject(2, id);
            insert.setInt(3, version);
            insert.setString(4, name);
            insert.setString(5, json.write(source));
            insert.setString(6, savedBy);
            insert.executeUpdate();
        }
    }

    private Optional<Workflow> current(Connection c, UUID id) throws SQLException {
        return one(c, SELECT_VERSION + "AND v.version = w.current_version WHERE w.id = ? AND w.deleted_at IS NULL",
                id);
    }

    private Optional<Workflow> one(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<Workflow> found = all(query);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private List<Workflow> all(PreparedStatement query) throws SQLException {
        var workflows = new ArrayList<Workflow>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                workflows.add(new Workflow(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                        rows.getInt(4), json.readObject(rows.getString(5)), rows.getTimestamp(6).toInstant(),
                        rows.getTimestamp(7).toInstant(), rows.getString(8)));
            }
        }
        return workflows;
    }
}
