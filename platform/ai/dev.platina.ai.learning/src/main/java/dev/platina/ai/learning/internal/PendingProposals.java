package dev.platina.ai.learning.internal;

import dev.platina.ai.api.Proposal;
import dev.platina.persistence.api.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Proposals waiting for their run's approval to be settled. Settled ones are deleted, not kept: once the case is
 * stored (or not, for want of consent) the proposal has nothing left to say, and an opted-out person's decision
 * must leave no text behind.
 */
final class PendingProposals {

    /** A remembered proposal, masked, with its sealed placeholder table. */
    record Pending(UUID id, UUID runId, String engine, String text, String action, Map<String, String> parameters,
            String draft, double rawConfidence, byte[] sealedPlaceholders) {

        Proposal proposal() {
            return new Proposal(action, parameters, draft, rawConfidence, "", null, engine);
        }
    }

    void insert(Connection c, TenantId tenant, UUID id, UUID runId, String nodeId, Proposal proposal,
            MaskedCase masked, byte[] sealedPlaceholders, Instant at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.ai_pending_proposal (tenant_id, id,"
                + " run_id, node_id, engine, text, action, parameters, draft, raw_confidence, placeholders,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)")) {
            insert.setObject(1, tenant.value());
            insert.setObject(2, id);
            insert.setObject(3, runId);
            insert.setString(4, nodeId);
            insert.setString(5, proposal.engine());
            insert.setString(6, masked.text());
            insert.setString(7, proposal.action());
            insert.setString(8, Json.write(masked.parameters()));
            insert.setString(9, masked.draft());
            insert.setDouble(10, proposal.confidence());
            insert.setBytes(11, sealedPlaceholders);
            insert.setTimestamp(12, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    /**
     * The run's newest waiting proposal made no later than {@code notAfter}, locked so that a second notice of the
     * same approval waits and then finds it gone.
     */
    Optional<Pending> latestUnresolved(Connection c, UUID runId, Instant notAfter) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT id, engine, text, action, parameters::text, draft,"
                + " raw_confidence, placeholders FROM platina.ai_pending_proposal WHERE run_id = ? AND created_at <= ?"
                + " ORDER BY created_at DESC, id LIMIT 1 FOR UPDATE")) {
            query.setObject(1, runId);
            query.setTimestamp(2, Timestamp.from(notAfter));
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Pending(rows.getObject(1, UUID.class), runId, rows.getString(2),
                        rows.getString(3), rows.getString(4), Json.read(rows.getString(5)), rows.getString(6),
                        rows.getDouble(7), rows.getBytes(8)));
            }
        }
    }

    /** Settled: deleted, and its sealed placeholder table with it, so nothing can put the originals back. */
    void resolve(Connection c, UUID id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM platina.ai_pending_proposal WHERE id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        }
    }

    /** Deletes proposals that waited longer than any approval should: their run ended without one. */
    int forgetOlderThan(Connection c, Instant limit) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM platina.ai_pending_proposal"
                + " WHERE created_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(limit));
            return delete.executeUpdate();
        }
    }

    int count(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT count(*) FROM platina.ai_pending_proposal");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
