package dev.platina.workflow.engine.internal;

import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import dev.platina.workflow.api.Approval;
import dev.platina.workflow.api.ApprovalTier;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Approval tasks, their decisions and the organisation's approval tiers, in SQL. */
final class ApprovalStore {

    static final String TIERS_SETTING = "approval.tiers";

    private static final String COLUMNS = "a.id, a.run_id, a.task_id, t.branch, a.workflow_id, a.node_id, a.title,"
            + " a.proposal::text, a.policy::text, a.required_role, a.state, a.expires_after_ms, a.expires_at,"
            + " a.on_expire, a.escalated, a.created_at, a.decided_at";
    private static final String FROM = " FROM platina.approval_task a JOIN platina.workflow_task t ON t.id = a.task_id";

    private final TenantTransactions transactions;
    private final Json json;

    ApprovalStore(TenantTransactions transactions, Json json) {
        this.transactions = transactions;
        this.json = json;
    }

    TenantTransactions transactions() {
        return transactions;
    }

    /** One approval task as stored, with the branch of the run it holds. */
    record Row(UUID id, UUID runId, UUID taskId, String branch, UUID workflowId, String nodeId, String title,
            Map<String, Object> proposal, ApprovalPolicy policy, Optional<String> requiredRole, Approval.State state,
            Optional<Duration> expiresAfter, Optional<Instant> expiresAt, Node.ExpiryAction onExpire,
            boolean escalated, Instant createdAt, Optional<Instant> decidedAt) {
    }

    /** The task a run's approval node waits on; visiting the node again (after a retry) opens the same task again. */
    UUID open(Connection c, TenantId tenant, ClaimedTask task, UUID workflowId, Node.Approval node,
            Map<String, Object> proposal, Optional<String> requiredRole) throws SQLException {
        Optional<Duration> expiresAfter = node.expiresAfter();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.approval_task (tenant_id, id, run_id,"
                + " task_id, workflow_id, node_id, title, proposal, policy, required_role, state, expires_after_ms,"
                + " expires_at, on_expire) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, 'PENDING', ?, ?, ?)"
                + " ON CONFLICT (task_id) DO UPDATE SET state = 'PENDING', decided_at = NULL, escalated = false,"
                + " expires_at = EXCLUDED.expires_at RETURNING id")) {
            insert.setObject(1, tenant.value());
            insert.setObject(2, UUID.randomUUID());
            insert.setObject(3, task.runId());
            insert.setObject(4, task.id());
            insert.setObject(5, workflowId);
            insert.setString(6, node.id());
            insert.setString(7, node.title());
            insert.setString(8, json.write(proposal));
            insert.setString(9, json.write(node.policy().toJson()));
            insert.setString(10, requiredRole.orElse(null));
            insert.setObject(11, expiresAfter.map(Duration::toMillis).orElse(null));
            insert.setTimestamp(12, expiresAfter.map(after -> Timestamp.from(Instant.now().plus(after))).orElse(null));
            insert.setString(13, node.onExpire().name());
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    Optional<Row> find(Connection c, UUID id, boolean forUpdate) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE a.id = ?"
                + (forUpdate ? " FOR UPDATE OF a" : ""))) {
            query.setObject(1, id);
            List<Row> rows = rows(query);
            return rows.stream().findFirst();
        }
    }

    /** The latest task a run opened at an approval node, if any. */
    Optional<Row> latestOf(Connection c, UUID runId, String nodeId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE a.run_id = ?"
                + " AND a.node_id = ? ORDER BY a.created_at DESC, a.id LIMIT 1")) {
            query.setObject(1, runId);
            query.setString(2, nodeId);
            return rows(query).stream().findFirst();
        }
    }

    /** Tasks in a state after a position (created_at, id), oldest first. */
    List<Row> page(Connection c, Approval.State state, Optional<Cursor> after, int limit) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE a.state = ?"
                + (after.isPresent() ? " AND (a.created_at, a.id) > (?, ?)" : "")
                + " ORDER BY a.created_at, a.id LIMIT ?")) {
            int index = 1;
            query.setString(index++, state.name());
            if (after.isPresent()) {
                query.setTimestamp(index++, Timestamp.from(after.get().createdAt()));
                query.setObject(index++, after.get().id());
            }
            query.setInt(index, limit);
            return rows(query);
        }
    }

    /** A position in a list of tasks. */
    record Cursor(Instant createdAt, UUID id) {

        String encode() {
            return createdAt.toEpochMilli() * 1000 + createdAt.getNano() / 1000 % 1000 + "_" + id;
        }

        static Optional<Cursor> decode(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            try {
                int separator = text.indexOf('_');
                long micros = Long.parseLong(text.substring(0, separator));
                return Optional.of(new Cursor(Instant.EPOCH.plusNanos(micros * 1000), UUID.fromString(
                        text.substring(separator + 1))));
            } catch (RuntimeException e) {
                throw dev.platina.core.api.InvalidInputException.of("cursor", "is not a cursor this list gave out;"
                        + " start again without it");
            }
        }
    }

    /** Decisions by task, in the order they were made. */
    Map<UUID, List<Approval.Decision>> decisions(Connection c, List<UUID> ids) throws SQLException {
        var decisions = new LinkedHashMap<UUID, List<Approval.Decision>>();
        if (ids.isEmpty()) {
            return decisions;
        }
        try (PreparedStatement query = c.prepareStatement("SELECT approval_id, username, verdict, comment,"
                + " edits::text, decided_at FROM platina.approval_decision WHERE approval_id = ANY (?)"
                + " ORDER BY decided_at")) {
            query.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    decisions.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new Approval.Decision(rows.getString(2), Approval.Verdict.valueOf(rows.getString(3)),
                                    Optional.ofNullable(rows.getString(4)), json.readObject(rows.getString(5)),
                                    rows.getTimestamp(6).toInstant()));
                }
            }
        }
        return decisions;
    }

    /** Records one person's decision; false when they had decided this task already. */
    boolean addDecision(Connection c, TenantId tenant, UUID id, Caller caller, Approval.Verdict verdict,
            Optional<String> comment, Map<String, Object> edits) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.approval_decision (tenant_id,"
                + " approval_id, user_id, username, verdict, comment, edits) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)"
                + " ON CONFLICT (approval_id, user_id) DO NOTHING")) {
            insert.setObject(1, tenant.value());
            insert.setObject(2, id);
            insert.setObject(3, caller.userId());
            insert.setString(4, caller.username());
            insert.setString(5, verdict.name());
            insert.setString(6, comment.orElse(null));
            insert.setString(7, json.write(edits));
            return insert.executeUpdate() == 1;
        }
    }

    int approvals(Connection c, UUID id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT count(*) FROM platina.approval_decision WHERE"
                + " approval_id = ? AND verdict = 'APPROVE'")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    void replaceProposal(Connection c, UUID id, Map<String, Object> proposal) throws SQLException {
        Sql.update(c, "UPDATE platina.approval_task SET proposal = ?::jsonb WHERE id = ?", json.write(proposal), id);
    }

    /** Ends a pending task in {@code state}; false when it was no longer pending. */
    boolean settle(Connection c, UUID id, Approval.State state) throws SQLException {
        return Sql.update(c, "UPDATE platina.approval_task SET state = ?, decided_at = now() WHERE id = ?"
                + " AND state = 'PENDING'", state.name(), id) == 1;
    }

    /** Lets the escalation roles decide too, for another expiry period. */
    void escalate(Connection c, UUID id, Instant expiresAt) throws SQLException {
        Sql.update(c, "UPDATE platina.approval_task SET escalated = true, expires_at = ? WHERE id = ?",
                Timestamp.from(expiresAt), id);
    }

    /** A pending task whose time is up, in some organisation. */
    record Expired(TenantId tenant, UUID id) {
    }

    /** Pending tasks past their expiry, across organisations (the engine then handles each as its organisation). */
    List<Expired> expired(int limit) {
        return transactions.withoutTenant(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT tenant_id, id FROM platina.approval_task"
                    + " WHERE state = 'PENDING' AND expires_at <= now() ORDER BY expires_at LIMIT ?")) {
                query.setInt(1, limit);
                var expired = new ArrayList<Expired>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        expired.add(new Expired(new TenantId(rows.getObject(1, UUID.class)),
                                rows.getObject(2, UUID.class)));
                    }
                }
                return expired;
            }
        });
    }

    // ---- Approval tiers, one setting per organisation ----

    List<ApprovalTier> tiers(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT value FROM platina.tenant_setting WHERE name = ?")) {
            query.setString(1, TIERS_SETTING);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return List.of();
                }
                Object stored = json.readObject(rows.getString(1)).get("tiers");
                var tiers = new ArrayList<ApprovalTier>();
                if (stored instanceof List<?> list) {
                    for (Object item : list) {
                        Map<?, ?> tier = (Map<?, ?>) item;
                        tiers.add(new ApprovalTier(new BigDecimal(String.valueOf(tier.get("above"))),
                                String.valueOf(tier.get("role"))));
                    }
                }
                tiers.sort(Comparator.comparing(ApprovalTier::above));
                return tiers;
            }
        }
    }

    void replaceTiers(Connection c, TenantId tenant, List<ApprovalTier> tiers) throws SQLException {
        var stored = tiers.stream().sorted(Comparator.comparing(ApprovalTier::above))
                .map(tier -> Map.of("above", tier.above().toPlainString(), "role", tier.role())).toList();
        Sql.update(c, "INSERT INTO platina.tenant_setting (tenant_id, name, value) VALUES (?, ?, ?) ON CONFLICT"
                + " (tenant_id, name) DO UPDATE SET value = EXCLUDED.value, version = platina.tenant_setting.version"
                + " + 1, updated_at = now()", tenant.value(), TIERS_SETTING, json.write(Map.of("tiers", stored)));
    }

    boolean roleExists(Connection c, String name) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM platina.custom_role WHERE lower(name) ="
                + " lower(?)")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private List<Row> rows(PreparedStatement query) throws SQLException {
        var found = new ArrayList<Row>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long expiresAfter = rows.getLong(12);
                boolean noExpiry = rows.wasNull();
                Timestamp expiresAt = rows.getTimestamp(13);
                Timestamp decidedAt = rows.getTimestamp(17);
                found.add(new Row(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                        rows.getObject(3, UUID.class), rows.getString(4), rows.getObject(5, UUID.class),
                        rows.getString(6), rows.getString(7), json.readObject(rows.getString(8)),
                        ApprovalPolicy.fromJson(json.readObject(rows.getString(9))),
                        Optional.ofNullable(rows.getString(10)), Approval.State.valueOf(rows.getString(11)),
                        noExpiry ? Optional.empty() : Optional.of(Duration.ofMillis(expiresAfter)),
                        Optional.ofNullable(expiresAt).map(Timestamp::toInstant),
                        Node.ExpiryAction.valueOf(rows.getString(14)), rows.getBoolean(15),
                        rows.getTimestamp(16).toInstant(), Optional.ofNullable(decidedAt).map(Timestamp::toInstant)));
            }
        }
        return found;
    }

    /** The tasks as the API shows them, with their decisions. */
    List<Approval> approvals(Connection c, List<Row> rows) throws SQLException {
        Map<UUID, List<Approval.Decision>> decisions = decisions(c, rows.stream().map(Row::id).toList());
        return rows.stream().map(row -> new Approval(row.id(), row.runId(), row.workflowId(), row.nodeId(),
                row.title(), row.proposal(), row.state(), row.policy().editable(), row.policy().approvals(),
                row.requiredRole(), row.createdAt(), row.expiresAt(), row.escalated(), row.decidedAt(),
                decisions.getOrDefault(row.id(), List.of()))).toList();
    }

    /** One task as the API shows it, or null when there is none. */
    Approval approval(Connection c, UUID id) throws SQLException {
        Optional<Row> row = find(c, id, false);
        return row.isEmpty() ? null : approvals(c, List.of(row.get())).get(0);
    }

    /** Records the policy's own decision: no person, so the decider is the nil id named {@code auto-approve}. */
    void addAutomaticApproval(Connection c, TenantId tenant, UUID id, String comment) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.approval_decision (tenant_id,"
                + " approval_id, user_id, username, verdict, comment) VALUES (?, ?, ?, ?, 'APPROVE', ?)"
                + " ON CONFLICT (approval_id, user_id) DO NOTHING")) {
            insert.setObject(1, tenant.value());
            insert.setObject(2, id);
            insert.setObject(3, new UUID(0, 0));
            insert.setString(4, AutoApproval.DECIDER);
            insert.setString(5, comment);
            insert.executeUpdate();
        }
    }
}
