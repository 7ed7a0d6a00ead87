package dev.platina.workflow.engine.internal;

import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.expression.Expression;
import dev.platina.workflow.expression.ExpressionException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the task that visits a node: ready now, ready after a wait, waiting for an event, a branch's arrival at its
 * join, or leased at once to the worker that finished the previous task (see {@link Chain}).
 */
final class Successors {

    private static final Logger LOG = LoggerFactory.getLogger(Successors.class);

    private final TaskStore store;

    Successors(TaskStore store) {
        this.store = store;
    }

    /** Schedules {@code nodeId} on {@code branch}; the caller wakes the workers. */
    void schedule(Connection c, TenantId tenant, UUID runId, Definition definition, Map<String, Object> variables,
            String branch, String nodeId) throws SQLException {
        schedule(c, tenant, runId, definition, variables, branch, nodeId, Chain.none());
    }

    void schedule(Connection c, TenantId tenant, UUID runId, Definition definition, Map<String, Object> variables,
            String branch, String nodeId, Chain chain) throws SQLException {
        Node node = definition.node(nodeId);
        if (node instanceof Node.Join join) {
            String parent = parent(branch);
            TaskStore.Arrival arrival = store.arrive(c, tenant, runId, join.id(), parent);
            if (arrival.waiting() && arrival.arrived() >= definition.branchesNeeded(join)) {
                store.openJoin(c, runId, join.id(), parent);
                chain.madeReady();
                if (join.mode() != Node.JoinMode.ALL) {
                    // The join goes on without the others: what they have not started yet is not needed.
                    String parallel = definition.parallelOfJoin().get(join.id());
                    store.cancelOpen(c, runId, (parent.isEmpty() ? "" : parent + "/") + parallel + ".");
                }
            }
        } else if (node instanceof Node.Wait wait) {
            if (wait.event().isPresent()) {
                store.waiting().insert(c, tenant, runId, nodeId, branch, EventWaits.WAITING_PREFIX
                        + wait.event().get());
            } else {
                store.insertTask(c, tenant, runId, nodeId, branch, "READY", waitUntil(wait, variables));
                chain.madeReady();
            }
        } else if (chain.canLease()) {
            Optional<ClaimedTask> leased = store.insertLeased(c, tenant, runId, nodeId, branch, chain.owner(),
                    chain.lease());
            leased.ifPresent(chain::leased);
        } else {
            store.insertTask(c, tenant, runId, nodeId, branch, "READY", Instant.now());
            chain.madeReady();
        }
    }

    private static Instant waitUntil(Node.Wait wait, Map<String, Object> variables) {
        if (wait.duration().isPresent()) {
            return Instant.now().plus(wait.duration().get());
        }
        try {
            Object until = Expression.compile(wait.until().orElseThrow()).evaluate(variables);
            return OffsetDateTime.parse(String.valueOf(until)).toInstant();
        } catch (ExpressionException e) {
            LOG.warn("Wait '{}' could not compute its moment ({}); not waiting", wait.id(), e.getMessage());
            return Instant.now();
        } catch (DateTimeParseException e) {
            // Not a moment: waiting on it would hold the run for ever, so it goes on at once.
            LOG.warn("Wait '{}' computed '{}', which is not a date and time with an offset; not waiting", wait.id(),
                    e.getParsedString());
            return Instant.now();
        }
    }

    static String child(String branch, String parallelId, int index) {
        return (branch.isEmpty() ? "" : branch + "/") + parallelId + "." + index;
    }

    static String parent(String branch) {
        int slash = branch.lastIndexOf('/');
        return slash < 0 ? "" : branch.substring(0, slash);
    }
}
