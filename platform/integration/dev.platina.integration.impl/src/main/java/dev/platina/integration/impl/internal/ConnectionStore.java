package dev.platina.integration.impl.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.integration.api.ConnectionState;
import dev.platina.persistence.api.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SQL of the connection rows; every method runs inside a transaction the caller opened. */
final class ConnectionStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, tenant_id, connector, settings::text, secrets, tokens,"
            + " token_expires_at, state, last_error, last_error_at, last_success_at, connected_at, connected_by";
    static final int LONGEST_ERROR = 1000;

    private ConnectionStore() {
    }

    static Optional<ConnectionRow> byConnector(Connection c, String connector) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS
                + " FROM platina.integration_connection WHERE connector = ?")) {
            query.setString(1, connector);
            return one(query);
        }
    }

    static Optional<ConnectionRow> byId(Connection c, UUID id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS
                + " FROM platina.integration_connection WHERE id = ?")) {
            query.setObject(1, id);
            return one(query);
        }
    }

    static List<ConnectionRow> all(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS
                + " FROM platina.integration_connection")) {
            var rows = new ArrayList<ConnectionRow>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(row(result));
                }
            }
            return rows;
        }
    }

    /** Stores the connection's fields, replacing any before; tokens are kept only when {@code keepTokens}. */
    static UUID save(Connection c, TenantId organization, String connector, Map<String, String> settings,
            byte[] secrets, ConnectionState state, String by, boolean keepTokens) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO platina.integration_connection"
                + " (tenant_id, id, connector, settings, secrets, state, connected_by, last_success_at)"
                + " VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, CASE WHEN ? = 'CONNECTED' THEN now() END)"
                + " ON CONFLICT (tenant_id, connector) DO UPDATE SET settings = excluded.settings,"
                + " secrets = excluded.secrets, state = excluded.state, connected_by = excluded.connected_by,"
                + " connected_at = now(), last_error = NULL, last_error_at = NULL,"
                + " last_success_at = excluded.last_success_at,"
                + " tokens = CASE WHEN ? THEN platina.integration_connection.tokens END,"
                + " token_expires_at = CASE WHEN ? THEN platina.integration_connection.token_expires_at END"
                + " RETURNING id")) {
            upsert.setObject(1, organization.value());
            upsert.setObject(2, id);
            upsert.setString(3, connector);
            upsert.setString(4, json(settings));
            upsert.setBytes(5, secrets);
            upsert.setString(6, state.name());
            upsert.setString(7, by);
            upsert.setString(8, state.name());
            upsert.setBoolean(9, keepTokens);
            upsert.setBoolean(10, keepTokens);
            try (ResultSet rows = upsert.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    static void saveTokens(Connection c, UUID id, byte[] tokens, Optional<Instant> expiresAt) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE platina.integration_connection SET tokens = ?,"
                + " token_expires_at = ? WHERE id = ?")) {
            update.setBytes(1, tokens);
            update.setTimestamp(2, expiresAt.map(Timestamp::from).orElse(null));
            update.setObject(3, id);
            update.executeUpdate();
        }
    }

    static void markHealthy(Connection c, UUID id) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE platina.integration_connection SET"
                + " state = 'CONNECTED', last_error = NULL, last_error_at = NULL, last_success_at = now()"
                + " WHERE id = ?")) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }

    static void markFailed(Connection c, UUID id, ConnectionState state, String error) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE platina.integration_connection SET"
                + " state = ?, last_error = ?, last_error_at = now() WHERE id = ?")) {
            update.setString(1, state.name());
            update.setString(2, error.length() > LONGEST_ERROR ? error.substring(0, LONGEST_ERROR) : error);
            update.setObject(3, id);
            update.executeUpdate();
        }
    }

    static boolean delete(Connection c, String connector) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM platina.integration_connection"
                + " WHERE connector = ?")) {
            delete.setString(1, connector);
            return delete.executeUpdate() > 0;
        }
    }

    private static Optional<ConnectionRow> one(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(row(rows)) : Optional.empty();
        }
    }

    private static ConnectionRow row(ResultSet r) throws SQLException {
        return new ConnectionRow(r.getObject(1, UUID.class), new TenantId(r.getObject(2, UUID.class)),
                r.getString(3), settings(r.getString(4)), r.getBytes(5), r.getBytes(6), instant(r, 7),
                ConnectionState.valueOf(r.getString(8)), Optional.ofNullable(r.getString(9)), instant(r, 10),
                instant(r, 11), r.getTimestamp(12).toInstant(), r.getString(13));
    }

    private static Optional<Instant> instant(ResultSet r, int column) throws SQLException {
        Timestamp value = r.getTimestamp(column);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }

    private static Map<String, String> settings(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A connection's settings are not a JSON object of texts", e);
        }
    }

    private static String json(Map<String, String> settings) {
        try {
            return JSON.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
