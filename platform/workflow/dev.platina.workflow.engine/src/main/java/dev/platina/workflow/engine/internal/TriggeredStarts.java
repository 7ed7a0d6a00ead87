package dev.platina.workflow.engine.internal;

import dev.platina.persistence.api.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts runs for events, schedules and webhooks, inside the caller's transaction of the workflow's organisation.
 * The start key makes a start idempotent: the same event, firing or delivery starts one run, however often it
 * comes.
 */
final class TriggeredStarts {

    private final TaskStore store;
    private final TaskRunner runner;
    private final Definitions definitions;

    TriggeredStarts(TaskStore store, TaskRunner runner, Definitions definitions) {
        this.store = store;
        this.runner = runner;
        this.definitions = definitions;
    }

    /** The parsed definition of a workflow version. */
    Definition definition(Connection c, UUID workflowId, int version) {
        return definitions.get(workflowId, version, () -> store.definitionUnchecked(c, workflowId, version));
    }

    /**
     * Starts the version's run unless one was started with {@code startKey} before. Its steps act as the workflow's
     * owner; {@code trigger} is what its expressions read as {@code trigger}.
     */
    TaskStore.RunStart start(Connection c, TenantId tenant, UUID workflowId, int version, Map<String, Object> input,
            String startKey, Map<String, Object> trigger, String startedBy) throws SQLException {
        Definition definition = definition(c, workflowId, version);
        UUID owner = store.ownerOf(c, workflowId).orElse(null);
        TaskStore.RunStart start = store.insertRun(c, tenant, workflowId, version, input, Optional.of(startKey),
                trigger, owner, startedBy);
        if (start.created()) {
            runner.successors().schedule(c, tenant, start.id(), definition, TaskRunner.variables(start.id(), workflowId,
                    version, Instant.now(), input, Map.of(), trigger), "", definition.start());
            store.notifyWorkers(c);
        }
        return start;
    }
}
