package dev.platina.ai.mcp.internal;

import dev.platina.persistence.api.TenantId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organisation's row of {@code platina.ai_mcp_endpoint}; none means the endpoint is off. */
final class EndpointStore {

    Optional<EndpointSettings> read(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT enabled, approver_roles, auto_approve_actions,"
                + " workflow_id, updated_at, updated_by FROM platina.ai_mcp_endpoint")) {
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new EndpointSettings(rows.getBoolean(1), texts(rows.getArray(2)),
                        texts(rows.getArray(3)), Optional.ofNullable(rows.getObject(4, UUID.class)),
                        Optional.of(rows.getTimestamp(5).toInstant()), Optional.of(rows.getString(6))));
            }
        }
    }

    void write(Connection c, TenantId tenant, EndpointSettings settings) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO platina.ai_mcp_endpoint (tenant_id, enabled,"
                + " approver_roles, auto_approve_actions, workflow_id, updated_at, updated_by) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id) DO UPDATE SET enabled = EXCLUDED.enabled,"
                + " approver_roles = EXCLUDED.approver_roles, auto_approve_actions = EXCLUDED.auto_approve_actions,"
                + " workflow_id = EXCLUDED.workflow_id, updated_at = EXCLUDED.updated_at,"
                + " updated_by = EXCLUDED.updated_by")) {
            upsert.setObject(1, tenant.value());
            upsert.setBoolean(2, settings.enabled());
            upsert.setArray(3, c.createArrayOf("text", settings.approverRoles().toArray()));
            upsert.setArray(4, c.createArrayOf("text", settings.autoApproveActions().toArray()));
            upsert.setObject(5, settings.workflowId().orElse(null));
            upsert.setTimestamp(6, Timestamp.from(settings.updatedAt().orElseThrow()));
            upsert.setString(7, settings.updatedBy().orElseThrow());
            upsert.executeUpdate();
        }
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
