package dev.platina.ai.learning.internal;

import dev.platina.ai.api.PastCase;
import dev.platina.persistence.api.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The organisation's decided cases; every query sees the transaction's organisation only (row-level security). */
final class DecidedCases {

    private static final String COLUMNS = "id, engine, text, action, parameters::text, draft, outcome,"
            + " proposed_action, proposed_parameters::text, proposed_draft, raw_confidence, reviewers, decided_at";

    /** A raw confidence and whether its proposed action was accepted. */
    record Judged(double rawConfidence, boolean accepted) {
    }

    void insert(Connection c, TenantId tenant, DecidedCase decided) throws SQLException {
        PastCase past = decided.decided();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.ai_case (tenant_id, id, engine, text,"
                + " action, parameters, draft, outcome, proposed_action, proposed_parameters, proposed_draft,"
                + " raw_confidence, reviewers, decided_at) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)")) {
            insert.setObject(1, tenant.value());
            insert.setObject(2, decided.id());
            insert.setString(3, decided.engine());
            insert.setString(4, past.text());
            insert.setString(5, past.action());
            insert.setString(6, Json.write(past.parameters()));
            insert.setString(7, past.draft());
            insert.setString(8, past.outcome().name());
            insert.setString(9, decided.proposedAction());
            insert.setString(10, Json.write(decided.proposedParameters()));
            insert.setString(11, decided.proposedDraft());
            insert.setDouble(12, decided.rawConfidence());
            insert.setArray(13, c.createArrayOf("text", decided.reviewers().toArray()));
            insert.setTimestamp(14, Timestamp.from(decided.decidedAt()));
            insert.executeUpdate();
        }
    }

    /** Every engine's cases, newest first. */
    List<PastCase> newest(Connection c, int limit) throws SQLException {
        var cases = new ArrayList<PastCase>();
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM platina.ai_case"
                + " ORDER BY decided_at DESC, id DESC LIMIT ?")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    cases.add(read(rows).decided());
                }
            }
        }
        return cases;
    }

    /** The cases one engine proposed, in the order they were decided: the order its online model learnt them. */
    List<DecidedCase> inDecidedOrder(Connection c, String engine) throws SQLException {
        var cases = new ArrayList<DecidedCase>();
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM platina.ai_case"
                + " WHERE engine = ? ORDER BY decided_at, id")) {
            query.setString(1, engine);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    cases.add(read(rows));
                }
            }
        }
        return cases;
    }

    List<Judged> judged(Connection c, String engine) throws SQLException {
        var judged = new ArrayList<Judged>();
        try (PreparedStatement query = c.prepareStatement("SELECT raw_confidence, outcome <> 'REJECTED' AND"
                + " action = proposed_action FROM platina.ai_case WHERE engine = ?")) {
            query.setString(1, engine);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    judged.add(new Judged(rows.getDouble(1), rows.getBoolean(2)));
                }
            }
        }
        return judged;
    }

    int count(Connection c, String engine) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT count(*) FROM platina.ai_case WHERE engine = ?")) {
            query.setString(1, engine);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Deletes every case the reviewer took part in; returns the engines of the deleted cases, one per case. */
    List<String> purge(Connection c, String reviewer) throws SQLException {
        var engines = new ArrayList<String>();
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM platina.ai_case WHERE reviewers @> ?"
                + " RETURNING engine")) {
            delete.setArray(1, c.createArrayOf("text", new Object[] {reviewer}));
            try (ResultSet rows = delete.executeQuery()) {
                while (rows.next()) {
                    engines.add(rows.getString(1));
                }
            }
        }
        return engines;
    }

    /** How many cases per engine and outcome: engine to outcome to count. */
    Map<String, Map<String, Integer>> counts(Connection c) throws SQLException {
        var counts = new LinkedHashMap<String, Map<String, Integer>>();
        try (PreparedStatement query = c.prepareStatement("SELECT engine, outcome, count(*) FROM platina.ai_case"
                + " GROUP BY engine, outcome ORDER BY engine, outcome"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.computeIfAbsent(rows.getString(1), e -> new LinkedHashMap<>()).put(rows.getString(2),
                        rows.getInt(3));
            }
        }
        return counts;
    }

    private static DecidedCase read(ResultSet rows) throws SQLException {
        UUID id = rows.getObject(1, UUID.class);
        PastCase decided = new PastCase(id.toString(), rows.getString(3), rows.getString(4),
                Json.read(rows.getString(5)), rows.getString(6), PastCase.Outcome.valueOf(rows.getString(7)));
        return new DecidedCase(id, rows.getString(2), decided, rows.getString(8), Json.read(rows.getString(9)),
                rows.getString(10), rows.getDouble(11), List.of((String[]) rows.getArray(12).getArray()),
                rows.getTimestamp(13).toInstant());
    }
}
