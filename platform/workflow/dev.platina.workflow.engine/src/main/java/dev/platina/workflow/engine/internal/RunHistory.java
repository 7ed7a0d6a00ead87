package dev.platina.workflow.engine.internal;

import dev.platina.persistence.api.SqlWork;
import dev.platina.workflow.api.RunEffect;
import dev.platina.workflow.api.RunTask;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Runs as people read them: one run with its history, or the latest runs. */
final class RunHistory {

    private final TaskStore store;
    private final Json json;

    RunHistory(TaskStore store, Json json) {
        this.store = store;
        this.json = json;
    }

    /** The run with its tasks, oldest first; empty when there is no such run in the organisation. */
    Optional<dev.platina.workflow.api.Run> runWithTasks(Connection c, UUID runId, SqlWork<List<RunEffect>> effects)
            throws SQLException {
        Optional<TaskStore.RunRow> run = store.run(c, runId, false);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, List<RunTask.Attempt>> failedAttempts = failedAttempts(c, runId);
        var tasks = new ArrayList<RunTask>();
        try (PreparedStatement query = c.prepareStatement("SELECT node_id, branch, state, attempt, input::text,"
                + " output::text, error, created_at, started_at, finished_at, id FROM platina.workflow_task"
                + " WHERE run_id = ? ORDER BY created_at, node_id, branch")) {
            query.setObject(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tasks.add(new RunTask(rows.getString(1), rows.getString(2),
                            RunTask.State.valueOf(rows.getString(3)), rows.getInt(4),
                            Optional.ofNullable(rows.getString(5)).map(json::readObject),
                            Optional.ofNullable(rows.getString(6)).map(json::readObject),
                            Optional.ofNullable(rows.getString(7)), rows.getTimestamp(8).toInstant(),
                            Optional.ofNullable(rows.getTimestamp(9)).map(Timestamp::toInstant),
                            Optional.ofNullable(rows.getTimestamp(10)).map(Timestamp::toInstant),
                            failedAttempts.getOrDefault(rows.getObject(11, UUID.class), List.of())));
                }
            }
        }
        String error;
        Instant finished;
        try (PreparedStatement query = c.prepareStatement("SELECT error, finished_at FROM platina.workflow_run"
                + " WHERE id = ?")) {
            query.setObject(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                error = rows.getString(1);
                finished = Optional.ofNullable(rows.getTimestamp(2)).map(Timestamp::toInstant).orElse(null);
            }
        }
        TaskStore.RunRow row = run.get();
        return Optional.of(new dev.platina.workflow.api.Run(row.id(), row.workflowId(), row.version(),
                dev.platina.workflow.api.Run.State.valueOf(row.state()), row.input(), row.startedAt(),
                Optional.ofNullable(finished), Optional.ofNullable(error), tasks, effects.execute(c)));
    }

    private static Map<UUID, List<RunTask.Attempt>> failedAttempts(Connection c, UUID runId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT a.task_id, a.attempt, a.started_at, a.finished_at,"
                + " a.outcome, a.error FROM platina.workflow_attempt a JOIN platina.workflow_task t ON t.id ="
                + " a.task_id WHERE t.run_id = ? ORDER BY a.task_id, a.attempt")) {
            query.setObject(1, runId);
            var attempts = new HashMap<UUID, List<RunTask.Attempt>>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    attempts.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>()).add(
                            new RunTask.Attempt(rows.getInt(2), rows.getTimestamp(3).toInstant(),
                                    rows.getTimestamp(4).toInstant(), rows.getString(5), rows.getString(6)));
                }
            }
            return attempts;
        }
    }

    /** Runs newest first, without tasks. */
    List<dev.platina.workflow.api.Run> recent(Connection c, int limit) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT id, workflow_id, version, state, input::text,"
                + " started_at, finished_at, error FROM platina.workflow_run ORDER BY started_at DESC, id LIMIT ?")) {
            query.setInt(1, limit);
            var runs = new ArrayList<dev.platina.workflow.api.Run>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    runs.add(new dev.platina.workflow.api.Run(rows.getObject(1, UUID.class), rows.getObject(2,
                            UUID.class), rows.getInt(3), dev.platina.workflow.api.Run.State.valueOf(rows.getString(4)),
                            json.readObject(rows.getString(5)), rows.getTimestamp(6).toInstant(),
                            Optional.ofNullable(rows.getTimestamp(7)).map(Timestamp::toInstant),
                            Optional.ofNullable(rows.getString(8)), List.of()));
                }
            }
            return runs;
        }
    }
}
