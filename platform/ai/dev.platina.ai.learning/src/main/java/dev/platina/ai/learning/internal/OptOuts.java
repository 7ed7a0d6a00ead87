package dev.platina.ai.learning.internal;

import dev.platina.persistence.api.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;

/** The pseudonyms of people who opted out of learning. */
final class OptOuts {

    boolean anyOf(Connection c, Collection<String> reviewers) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM platina.ai_learning_opt_out"
                + " WHERE reviewer = ANY (?))")) {
            query.setArray(1, c.createArrayOf("text", reviewers.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    void add(Connection c, TenantId tenant, String reviewer, Instant at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.ai_learning_opt_out (tenant_id,"
                + " reviewer, opted_out_at) VALUES (?, ?, ?) ON CONFLICT (tenant_id, reviewer) DO NOTHING")) {
            insert.setObject(1, tenant.value());
            insert.setString(2, reviewer);
            insert.setTimestamp(3, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    void remove(Connection c, String reviewer) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM platina.ai_learning_opt_out"
                + " WHERE reviewer = ?")) {
            delete.setString(1, reviewer);
            delete.executeUpdate();
        }
    }
}
