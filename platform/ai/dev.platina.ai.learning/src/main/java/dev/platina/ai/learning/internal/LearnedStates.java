package dev.platina.ai.learning.internal;

import dev.platina.persistence.api.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Each engine's online model for the organisation, as the engine's bytes; no row means "rebuild from the cases". */
final class LearnedStates {

    record State(String engine, byte[] bytes, int cases, Instant updatedAt) {
    }

    /** The engine's state, locked until the transaction ends so concurrent feedback cannot lose an update. */
    Optional<State> lock(Connection c, String engine) throws SQLException {
        return query(c, engine, " FOR UPDATE");
    }

    Optional<State> read(Connection c, String engine) throws SQLException {
        return query(c, engine, "");
    }

    void write(Connection c, TenantId tenant, State state) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO platina.ai_learned_state (tenant_id, engine,"
                + " state, cases, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, engine) DO UPDATE SET"
                + " state = EXCLUDED.state, cases = EXCLUDED.cases, updated_at = EXCLUDED.updated_at")) {
            upsert.setObject(1, tenant.value());
            upsert.setString(2, state.engine());
            upsert.setBytes(3, state.bytes());
            upsert.setInt(4, state.cases());
            upsert.setTimestamp(5, Timestamp.from(state.updatedAt()));
            upsert.executeUpdate();
        }
    }

    void delete(Connection c, String engine) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM platina.ai_learned_state WHERE engine = ?")) {
            delete.setString(1, engine);
            delete.executeUpdate();
        }
    }

    List<State> all(Connection c) throws SQLException {
        var states = new ArrayList<State>();
        try (PreparedStatement query = c.prepareStatement("SELECT engine, state, cases, updated_at FROM"
                + " platina.ai_learned_state ORDER BY engine"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                states.add(state(rows));
            }
        }
        return states;
    }

    private static Optional<State> query(Connection c, String engine, String lock) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT engine, state, cases, updated_at FROM"
                + " platina.ai_learned_state WHERE engine = ?" + lock)) {
            query.setString(1, engine);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(state(rows)) : Optional.empty();
            }
        }
    }

    private static State state(ResultSet rows) throws SQLException {
        return new State(rows.getString(1), rows.getBytes(2), rows.getInt(3), rows.getTimestamp(4).toInstant());
    }
}
