package dev.platina.workflow.engine.internal;

import dev.platina.persistence.api.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tasks that wait for something outside their run ({@code waiting_for = 'event:<type>'}), within one
 * organisation's transaction. Whoever brings what they wait for resumes them in its own transaction.
 */
final class WaitingTasks {

    private final Json json;

    WaitingTasks(Json json) {
        this.json = json;
    }

    /** Adds a task that waits for something outside the run, such as {@code event:crm.lead.created}. */
    void insert(Connection c, TenantId tenant, UUID runId, String nodeId, String branch, String waitingFor)
            throws SQLException {
        Sql.update(c, "INSERT INTO platina.workflow_task (tenant_id, id, run_id, node_id, branch, state, waiting_for)"
                + " VALUES (?, ?, ?, ?, ?, 'WAITING', ?) ON CONFLICT (run_id, node_id, branch) DO NOTHING",
                tenant.value(), UUID.randomUUID(), runId, nodeId, branch, waitingFor);
    }

    /** A task of a running run that waits for something outside it. */
    record WaitingTask(UUID id, UUID runId, String nodeId, String branch) {
    }

    /** The organisation's tasks waiting for {@code waitingFor}, oldest first, locked until the transaction ends. */
    List<WaitingTask> waitingFor(Connection c, String waitingFor) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT t.id, t.run_id, t.node_id, t.branch FROM"
                + " platina.workflow_task t JOIN platina.workflow_run r ON r.id = t.run_id WHERE t.state = 'WAITING'"
                + " AND t.waiting_for = ? AND r.state = 'RUNNING' ORDER BY t.created_at, t.id FOR UPDATE OF t")) {
            query.setString(1, waitingFor);
            var waiting = new ArrayList<WaitingTask>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    waiting.add(new WaitingTask(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getString(3), rows.getString(4)));
                }
            }
            return waiting;
        }
    }

    /** Ends a wait with what it waited for; false when it no longer waits (resumed or cancelled meanwhile). */
    boolean resume(Connection c, UUID taskId, Map<String, Object> output) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE platina.workflow_task SET state = 'DONE',"
                + " output = ?::jsonb, started_at = now(), finished_at = now() WHERE id = ? AND state = 'WAITING'")) {
            update.setString(1, json.write(output));
            update.setObject(2, taskId);
            return update.executeUpdate() == 1;
        }
    }
}
