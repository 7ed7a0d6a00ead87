package dev.platina.workflow.engine.internal;

import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.expression.Expression;
import dev.platina.workflow.expression.ExpressionException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resumes the runs that wait for an event: every wait for its type whose {@code match} (if any) holds for it. The
 * wait's output is the event, so later steps read {@code steps.<wait>.event.data}.
 */
final class EventWaits {

    /** What an event wait's task waits for: this prefix and the event type. */
    static final String WAITING_PREFIX = "event:";

    private static final Logger LOG = LoggerFactory.getLogger(EventWaits.class);

    private final TaskStore store;
    private final TaskRunner runner;
    private final TriggeredStarts starts;

    EventWaits(TaskStore store, TaskRunner runner, TriggeredStarts starts) {
        this.store = store;
        this.runner = runner;
        this.starts = starts;
    }

    /** Resumes the organisation's waits for {@code event}; returns how many. */
    int resume(Connection c, TenantId tenant, Map<String, Object> event) throws SQLException {
        int resumed = 0;
        String type = (String) event.get("type");
        for (WaitingTasks.WaitingTask waiting : store.waiting().waitingFor(c, WAITING_PREFIX + type)) {
            TaskStore.RunRow run = store.run(c, waiting.runId(), false).orElseThrow();
            Definition definition = starts.definition(c, run.workflowId(), run.version());
            Node.Wait wait = (Node.Wait) definition.node(waiting.nodeId());
            Map<String, Object> variables = TaskRunner.variables(run.id(), run.workflowId(), run.version(),
                    run.startedAt(), run.input(), store.outputs(c, run.id()), run.trigger());
            if (wait.match().isPresent() && !matches(wait, variables, event, run)) {
                continue;
            }
            if (store.waiting().resume(c, waiting.id(), event)) {
                runner.successors().schedule(c, tenant, run.id(), definition, variables, waiting.branch(), wait.next());
                resumed++;
            }
        }
        if (resumed > 0) {
            store.notifyWorkers(c);
        }
        return resumed;
    }

    private static boolean matches(Node.Wait wait, Map<String, Object> variables, Map<String, Object> event,
            TaskStore.RunRow run) {
        var withEvent = new LinkedHashMap<>(variables);
        withEvent.put("event", event);
        try {
            return Expression.compile(wait.match().get()).test(withEvent);
        } catch (ExpressionException e) {
            // One run's broken match must not stop the event from reaching the others; it keeps waiting.
            LOG.warn("The match of wait '{}' in run {} could not be evaluated for event {}: {}", wait.id(), run.id(),
                    event.get("id"), e.getMessage());
            return false;
        }
    }
}
