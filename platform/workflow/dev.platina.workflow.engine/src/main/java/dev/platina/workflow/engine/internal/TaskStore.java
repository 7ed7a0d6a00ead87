package dev.platina.workflow.engine.internal;

import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The tasks of workflow runs in PostgreSQL. Claiming runs without a tenant (the engine serves every organisation,
 * one organisation at a time in turn); everything else runs as the task's organisation.
 */
final class TaskStore {

    static final String CHANNEL = "platina_workflow";

    /** The notification payload that says a schedule was added, changed or removed. */
    static final String SCHEDULES_CHANGED = "schedules";

    private final TenantTransactions transactions;
    private final Json json;
    private final WaitingTasks waiting;

    TaskStore(TenantTransactions transactions, Json json) {
        this.transactions = transactions;
        this.json = json;
        this.waiting = new WaitingTasks(json);
    }

    /** Tasks that wait for something outside their run, such as an event. */
    WaitingTasks waiting() {
        return waiting;
    }

    TenantTransactions transactions() {
        return transactions;
    }

    /** Organisations that have a task ready now. */
    List<TenantId> tenantsWithReadyWork() {
        return transactions.withoutTenant(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT DISTINCT tenant_id FROM platina.workflow_task"
                    + " WHERE state = 'READY' AND ready_at <= now()")) {
                var tenants = new ArrayList<TenantId>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        tenants.add(new TenantId(rows.getObject(1, UUID.class)));
                    }
                }
                return tenants;
            }
        });
    }

    /** Leases up to {@code limit} ready tasks of one organisation, oldest first; others' claims are skipped. */
    List<ClaimedTask> claim(TenantId tenant, int limit, String owner, Duration lease) {
        return transactions.withoutTenant(c -> {
            try (PreparedStatement claim = c.prepareStatement("UPDATE platina.workflow_task SET state = 'RUNNING',"
                    + " lease_owner = ?, lease_until = now() + ? * interval '1 millisecond', attempt = attempt + 1,"
                    + " started_at = coalesce(started_at, now()) WHERE id IN (SELECT id FROM platina.workflow_task"
                    + " WHERE tenant_id = ? AND state = 'READY' AND ready_at <= now() ORDER BY ready_at LIMIT ?"
                    + " FOR UPDATE SKIP LOCKED) RETURNING id, run_id, node_id, branch, attempt")) {
                claim.setString(1, owner);
                claim.setLong(2, lease.toMillis());
                claim.setObject(3, tenant.value());
                claim.setInt(4, limit);
                var claimed = new ArrayList<ClaimedTask>();
                try (ResultSet rows = claim.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(new ClaimedTask(tenant, rows.getObject(1, UUID.class), rows.getObject(2,
                                UUID.class), rows.getString(3), rows.getString(4), rows.getInt(5), owner));
                    }
                }
                return claimed;
            }
        });
    }

    /** When the next task becomes ready (a backoff or a wait ends), if any is scheduled. */
    Optional<Instant> nextReadyAt() {
        return transactions.withoutTenant(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT min(ready_at) FROM platina.workflow_task"
                    + " WHERE state = 'READY'"); ResultSet rows = query.executeQuery()) {
                rows.next();
                Timestamp next = rows.getTimestamp(1);
                return Optional.ofNullable(next).map(Timestamp::toInstant);
            }
        });
    }

    /**
     * Puts back tasks whose worker is gone: those this node held before it restarted ({@code owner}), and any whose
     * lease ran out. They run again with the same idempotency key.
     */
    int releaseAbandoned(String owner) {
        return transactions.withoutTenant(c -> {
            try (PreparedStatement release = c.prepareStatement("UPDATE platina.workflow_task SET state = 'READY',"
                    + " lease_owner = NULL, lease_until = NULL, ready_at = now() WHERE state = 'RUNNING'"
                    + " AND (lease_owner = ? OR lease_until < now())")) {
                release.setString(1, owner);
                int released = release.executeUpdate();
                if (released > 0) {
                    notifyWorkers(c);
                }
                return released;
            }
        });
    }

    /** What parked tasks wait for, by organisation: the engine checks whether it is back. */
    List<Parked> parked() {
        return transactions.withoutTenant(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT DISTINCT tenant_id, waiting_for FROM"
                    + " platina.workflow_task WHERE state = 'PARKED' AND waiting_for LIKE 'step:%'");
                    ResultSet rows = query.executeQuery()) {
                var parked = new ArrayList<Parked>();
                while (rows.next()) {
                    parked.add(new Parked(new TenantId(rows.getObject(1, UUID.class)), rows.getString(2)));
                }
                return parked;
            }
        });
    }

    /** Tasks of an organisation parked for the same missing thing. */
    record Parked(TenantId tenant, String waitingFor) {
    }

    /** Makes the parked tasks ready again; returns how many. */
    int unpark(Parked parked) {
        return transactions.withoutTenant(c -> {
            int resumed = Sql.update(c, "UPDATE platina.workflow_task SET state = 'READY', ready_at = now(), error = NULL,"
                    + " waiting_for = NULL WHERE tenant_id = ? AND waiting_for = ? AND state = 'PARKED'",
                    parked.tenant().value(), parked.waitingFor());
            if (resumed > 0) {
                notifyWorkers(c);
            }
            return resumed;
        });
    }

    /** Gives a running task more time before another worker may take it over. */
    void extendLease(ClaimedTask task, Duration lease) {
        transactions.withoutTenant(c -> Sql.update(c, "UPDATE platina.workflow_task SET lease_until = now() + ? *"
                + " interval '1 millisecond' WHERE id = ? AND state = 'RUNNING' AND lease_owner = ?",
                lease.toMillis(), task.id(), task.leaseOwner()));
    }

    // ---- Within one organisation's transaction ----

    /** A run as tasks see it; {@code trigger} is what started it (empty when started by hand). */
    record RunRow(UUID id, UUID workflowId, int version, String state, Map<String, Object> input, UUID owner,
            Instant startedAt, Map<String, Object> trigger) {
    }

    Optional<RunRow> run(Connection c, UUID runId, boolean forUpdate) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT id, workflow_id, version, state, input::text,"
                + " owner_id, started_at, trigger::text FROM platina.workflow_run WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            query.setObject(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RunRow(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                        rows.getInt(3), rows.getString(4), json.readObject(rows.getString(5)),
                        rows.getObject(6, UUID.class), rows.getTimestamp(7).toInstant(),
                        rows.getString(8) == null ? Map.of() : json.readObject(rows.getString(8))));
            }
        }
    }

    /** Creates a run; with a start key used before, returns the run started then instead. */
    UUID insertRun(Connection c, TenantId tenant, UUID workflowId, int version, Map<String, Object> input,
            Optional<String> startKey, UUID owner, String startedBy) throws SQLException {
        return insertRun(c, tenant, workflowId, version, input, startKey, Map.of(), owner, startedBy).id();
    }

    /** A run that was inserted ({@code created}), or the one an earlier start with the same key inserted. */
    record RunStart(UUID id, boolean created) {
    }

    /** Creates a run started by {@code trigger}; with a start key used before, answers the run started then. */
    RunStart insertRun(Connection c, TenantId tenant, UUID workflowId, int version, Map<String, Object> input,
            Optional<String> startKey, Map<String, Object> trigger, UUID owner, String startedBy)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.workflow_run (tenant_id, id,"
                + " workflow_id, version, state, input, start_key, trigger, owner_id, started_by) VALUES (?, ?, ?, ?,"
                + " 'RUNNING', ?::jsonb, ?, ?::jsonb, ?, ?) ON CONFLICT (tenant_id, workflow_id, start_key)"
                + " DO NOTHING")) {
            insert.setObject(1, tenant.value());
            insert.setObject(2, id);
            insert.setObject(3, workflowId);
            insert.setInt(4, version);
            insert.setString(5, json.write(input));
            insert.setString(6, startKey.orElse(null));
            insert.setString(7, trigger.isEmpty() ? null : json.write(trigger));
            insert.setObject(8, owner);
            insert.setString(9, startedBy);
            if (insert.executeUpdate() == 1) {
                return new RunStart(id, true);
            }
        }
        try (PreparedStatement existing = c.prepareStatement("SELECT id FROM platina.workflow_run WHERE"
                + " workflow_id = ? AND start_key = ?")) {
            existing.setObject(1, workflowId);
            existing.setString(2, startKey.orElseThrow());
            try (ResultSet rows = existing.executeQuery()) {
                rows.next();
                return new RunStart(rows.getObject(1, UUID.class), false);
            }
        }
    }

    /** Adds a task unless this node was already visited on this branch (so scheduling twice is harmless). */
    void insertTask(Connection c, TenantId tenant, UUID runId, String nodeId, String branch, String state,
            Instant readyAt) throws SQLException {
        Sql.update(c, "INSERT INTO platina.workflow_task (tenant_id, id, run_id, node_id, branch, state, ready_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, node_id, branch) DO NOTHING", tenant.value(),
                UUID.randomUUID(), runId, nodeId, branch, state, Timestamp.from(readyAt));
    }

    /** Adds a task already leased to {@code owner} and started; empty when the node was visited on this branch. */
    Optional<ClaimedTask> insertLeased(Connection c, TenantId tenant, UUID runId, String nodeId, String branch,
            String owner, Duration lease) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.workflow_task (tenant_id, id, run_id,"
                + " node_id, branch, state, attempt, lease_owner, lease_until, started_at) VALUES (?, ?, ?, ?, ?,"
                + " 'RUNNING', 1, ?, now() + ? * interval '1 millisecond', now()) ON CONFLICT (run_id, node_id, branch)"
                + " DO NOTHING")) {
            UUID id = UUID.randomUUID();
            insert.setObject(1, tenant.value());
            insert.setObject(2, id);
            insert.setObject(3, runId);
            insert.setString(4, nodeId);
            insert.setString(5, branch);
            insert.setString(6, owner);
            insert.setLong(7, lease.toMillis());
            return insert.executeUpdate() == 1 ? Optional.of(new ClaimedTask(tenant, id, runId, nodeId, branch, 1,
                    owner)) : Optional.empty();
        }
    }

    /** Counts a branch arriving at a join; returns how many have arrived and whether the join still waits. */
    Arrival arrive(Connection c, TenantId tenant, UUID runId, String joinId, String branch) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO platina.workflow_task (tenant_id, id, run_id,"
                + " node_id, branch, state, arrived) VALUES (?, ?, ?, ?, ?, 'WAITING', 1) ON CONFLICT (run_id,"
                + " node_id, branch) DO UPDATE SET arrived = platina.workflow_task.arrived + 1"
                + " RETURNING arrived, state")) {
            upsert.setObject(1, tenant.value());
            upsert.setObject(2, UUID.randomUUID());
            upsert.setObject(3, runId);
            upsert.setString(4, joinId);
            upsert.setString(5, branch);
            try (ResultSet rows = upsert.executeQuery()) {
                rows.next();
                return new Arrival(rows.getInt(1), rows.getString(2).equals("WAITING"));
            }
        }
    }

    record Arrival(int arrived, boolean waiting) {
    }

    void openJoin(Connection c, UUID runId, String joinId, String branch) throws SQLException {
        Sql.update(c, "UPDATE platina.workflow_task SET state = 'READY', ready_at = now() WHERE run_id = ? AND node_id = ?"
                + " AND branch = ? AND state = 'WAITING'", runId, joinId, branch);
    }

    /** Finishes the task if this worker still holds it; false when its lease was lost (another attempt owns it). */
    boolean done(Connection c, ClaimedTask task, Map<String, Object> input, Map<String, Object> output)
            throws SQLException {
        return Sql.update(c, "UPDATE platina.workflow_task SET state = 'DONE', input = ?::jsonb, output = ?::jsonb,"
                + " error = NULL, finished_at = now(), lease_owner = NULL, lease_until = NULL WHERE id = ?"
                + " AND state = 'RUNNING' AND lease_owner = ? AND attempt = ?", input == null ? null
                        : json.write(input), json.write(output), task.id(), task.leaseOwner(), task.attempt()) == 1;
    }

    /**
     * As {@link #done}, and tells in the same statement whether the run still runs: empty when the lease was lost,
     * else whether the worker may go on with the run's next task.
     */
    Optional<Boolean> doneInRunningRun(Connection c, ClaimedTask task, Map<String, Object> input,
            Map<String, Object> output) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE platina.workflow_task t SET state = 'DONE', input ="
                + " ?::jsonb, output = ?::jsonb, error = NULL, finished_at = now(), lease_owner = NULL, lease_until ="
                + " NULL FROM platina.workflow_run r WHERE t.id = ? AND t.state = 'RUNNING' AND t.lease_owner = ?"
                + " AND t.attempt = ? AND r.id = t.run_id RETURNING r.state")) {
            update.setString(1, input == null ? null : json.write(input));
            update.setString(2, json.write(output));
            update.setObject(3, task.id());
            update.setString(4, task.leaseOwner());
            update.setInt(5, task.attempt());
            try (ResultSet rows = update.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1).equals("RUNNING")) : Optional.empty();
            }
        }
    }

    boolean retryAt(Connection c, ClaimedTask task, Instant readyAt, String error) throws SQLException {
        return Sql.update(c, "UPDATE platina.workflow_task SET state = 'READY', ready_at = ?, error = ?,"
                + " lease_owner = NULL, lease_until = NULL WHERE id = ? AND state = 'RUNNING' AND lease_owner = ?"
                + " AND attempt = ?", Timestamp.from(readyAt), error, task.id(), task.leaseOwner(),
                task.attempt()) == 1;
    }

    boolean failed(Connection c, ClaimedTask task, Map<String, Object> input, String error) throws SQLException {
        return Sql.update(c, "UPDATE platina.workflow_task SET state = 'FAILED', input = ?::jsonb, error = ?,"
                + " finished_at = now(), lease_owner = NULL, lease_until = NULL WHERE id = ? AND state = 'RUNNING'"
                + " AND lease_owner = ? AND attempt = ?", input == null ? null : json.write(input), error, task.id(),
                task.leaseOwner(), task.attempt()) == 1;
    }

    boolean park(Connection c, ClaimedTask task, String waitingFor, String reason) throws SQLException {
        // The attempt did not happen: give it back, so parking never uses up the step's retries.
        return Sql.update(c, "UPDATE platina.workflow_task SET state = 'PARKED', waiting_for = ?, error = ?,"
                + " attempt = attempt - 1, lease_owner = NULL, lease_until = NULL WHERE id = ? AND state = 'RUNNING'"
                + " AND lease_owner = ? AND attempt = ?", waitingFor, reason, task.id(), task.leaseOwner(),
                task.attempt()) == 1;
    }

    void cancelTask(Connection c, ClaimedTask task) throws SQLException {
        Sql.update(c, "UPDATE platina.workflow_task SET state = 'CANCELLED', finished_at = now(), lease_owner = NULL,"
                + " lease_until = NULL WHERE id = ? AND state = 'RUNNING'", task.id());
    }

    /** Cancels what has not started: in a run that ended, or in the branches a join no longer waits for. */
    void cancelOpen(Connection c, UUID runId, String branchPrefix) throws SQLException {
        String literal = branchPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        Sql.update(c, "UPDATE platina.workflow_task SET state = 'CANCELLED', finished_at = now() WHERE run_id = ?"
                + " AND state IN ('READY', 'WAITING', 'PARKED') AND branch LIKE ? ESCAPE '\\'", runId, literal + "%");
        // An approval whose waiting task was cancelled can no longer be decided.
        Sql.update(c, "UPDATE platina.approval_task a SET state = 'CANCELLED', decided_at = now() FROM"
                + " platina.workflow_task t WHERE t.id = a.task_id AND a.run_id = ? AND a.state = 'PENDING'"
                + " AND t.state = 'CANCELLED'", runId);
    }

    /** Finishes a task parked for {@code waitingFor} with this output; false when it no longer waits. */
    boolean finishParked(Connection c, UUID taskId, String waitingFor, Map<String, Object> output)
            throws SQLException {
        return Sql.update(c, "UPDATE platina.workflow_task SET state = 'DONE', output = ?::jsonb, error = NULL,"
                + " waiting_for = NULL, finished_at = now() WHERE id = ? AND state = 'PARKED' AND waiting_for = ?",
                json.write(output), taskId, waitingFor) == 1;
    }

    void finishRun(Connection c, UUID runId, String state, String error) throws SQLException {
        Sql.update(c, "UPDATE platina.workflow_run SET state = ?, error = ?, finished_at = now() WHERE id = ?"
                + " AND state = 'RUNNING'", state, error, runId);
    }

    void recordAttempt(Connection c, TenantId tenant, ClaimedTask task, Instant started, String outcome,
            String error) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.workflow_attempt (tenant_id, task_id,"
                + " attempt, started_at, finished_at, outcome, error) VALUES (?, ?, ?, ?, now(), ?, ?)"
                + " ON CONFLICT (task_id, attempt) DO NOTHING")) {
            insert.setObject(1, tenant.value());
            insert.setObject(2, task.id());
            insert.setInt(3, task.attempt());
            insert.setTimestamp(4, Timestamp.from(started));
            insert.setString(5, outcome);
            insert.setString(6, error);
            insert.executeUpdate();
        }
    }

    /** What finished steps produced, by node id, for expressions ({@code steps.check.output.score}). */
    Map<String, Object> outputs(Connection c, UUID runId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT node_id, output::text, waiting_for FROM"
                + " platina.workflow_task WHERE run_id = ? AND state = 'DONE' AND output IS NOT NULL"
                + " ORDER BY finished_at")) {
            query.setObject(1, runId);
            var steps = new java.util.LinkedHashMap<String, Object>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Map<String, Object> output = json.readObject(rows.getString(2));
                    String waitedFor = rows.getString(3);
                    // A wait for an event outputs the event; steps.<wait>.event reads better than .output.
                    steps.put(rows.getString(1), waitedFor != null && waitedFor.startsWith("event:")
                            ? Map.of("output", output, "event", output) : Map.of("output", output));
                }
            }
            return Collections.unmodifiableMap(steps);
        }
    }

    /** As {@link #definition}, for the parsed-version cache, which reads the database only on a miss. */
    Map<String, Object> definitionUnchecked(Connection c, UUID workflowId, int version) {
        try {
            return definition(c, workflowId, version);
        } catch (SQLException e) {
            throw new dev.platina.persistence.api.DataAccessException(e.getMessage(), e);
        }
    }

    Map<String, Object> definition(Connection c, UUID workflowId, int version) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT definition::text FROM platina.workflow_version"
                + " WHERE workflow_id = ? AND version = ?")) {
            query.setObject(1, workflowId);
            query.setInt(2, version);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("Version " + version + " of workflow " + workflowId
                            + " is missing");
                }
                return json.readObject(rows.getString(1));
            }
        }
    }

    Optional<UUID> ownerOf(Connection c, UUID workflowId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT owner_id FROM platina.workflow WHERE id = ?")) {
            query.setObject(1, workflowId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    /**
     * Reopens a failed run: failed tasks become ready with fresh attempts, and the tasks cut short by the failure
     * return to ready, or to waiting for joins. Those are the tasks cancelled when it failed (same transaction, so
     * same time stamp) and those whose worker found the run failed as it was about to start them (later).
     * Returns how many reopened.
     */
    int reopen(Connection c, UUID runId, Set<String> joinNodes) throws SQLException {
        int reopened = Sql.update(c, "UPDATE platina.workflow_task t SET state = CASE WHEN t.node_id = ANY (?)"
                + " OR t.waiting_for LIKE 'event:%' THEN 'WAITING' ELSE 'READY' END, ready_at = now(), finished_at = NULL FROM platina.workflow_run r"
                + " WHERE r.id = t.run_id AND t.run_id = ? AND t.state = 'CANCELLED' AND t.finished_at >= r.finished_at",
                c.createArrayOf("text", joinNodes.toArray()), runId);
        reopened += Sql.update(c, "UPDATE platina.workflow_task SET state = 'READY', attempt = 0, error = NULL,"
                + " ready_at = now(), finished_at = NULL WHERE run_id = ? AND state = 'FAILED'", runId);
        Sql.update(c, "UPDATE platina.workflow_run SET state = 'RUNNING', error = NULL, finished_at = NULL WHERE id = ?"
                + " AND state = 'FAILED'", runId);
        return reopened;
    }

    /** Wakes every node's engine once this transaction commits. */
    void notifyWorkers(Connection c) throws SQLException {
        notify(c, "");
    }

    /** Wakes every node's engine once this transaction commits, to look at the schedules again. */
    static void notifySchedulesChanged(Connection c) throws SQLException {
        notify(c, SCHEDULES_CHANGED);
    }

    private static void notify(Connection c, String payload) throws SQLException {
        try (PreparedStatement notify = c.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
            notify.setString(1, payload);
            notify.execute();
        }
    }
}
