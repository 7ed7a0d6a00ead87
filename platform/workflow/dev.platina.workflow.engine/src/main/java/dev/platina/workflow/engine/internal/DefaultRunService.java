package dev.platina.workflow.engine.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Starting, reading and cancelling runs; the engine does the running. */
@Component(service = RunService.class)
public final class DefaultRunService implements RunService {

    private final WorkflowEngine engine;
    private final PermissionGuard guard;
    private final AuditLog audit;

    @Activate
    public DefaultRunService(@Reference WorkflowEngine engine, @Reference AuditLog audit) {
        this.engine = engine;
        this.guard = new PermissionGuard(audit);
        this.audit = audit;
    }

    @Override
    public Run start(Caller caller, UUID workflowId, Map<String, Object> input) {
        guard.require(caller, Permission.WORKFLOWS_RUN, "workflow.run", "workflow", workflowId);
        TaskStore store = engine.store();
        TenantId tenant = caller.organization();
        Map<String, Object> runInput = input == null ? Map.of() : input;
        UUID runId = store.transactions().inTenant(tenant, c -> {
            Integer version = currentVersion(c, workflowId).orElseThrow(() -> new NotFoundException("Workflow "
                    + workflowId));
            Definition definition = engine.definitions().get(workflowId, version,
                    () -> store.definitionUnchecked(c, workflowId, version));
            UUID owner = store.ownerOf(c, workflowId).orElse(caller.userId());
            UUID id = store.insertRun(c, tenant, workflowId, version, runInput, Optional.empty(), owner,
                    caller.username());
            engine.runner().successors().schedule(c, tenant, id, definition, TaskRunner.variables(id, workflowId, version,
                    java.time.Instant.now(), runInput, Map.of(), Map.of()), "", definition.start());
            store.notifyWorkers(c);
            return id;
        });
        audit.record(AuditEvents.by(caller, "workflow.run.start").target("run", runId.toString())
                .detail("workflowId", workflowId.toString()).build());
        return get(caller, runId);
    }

    @Override
    public Run get(Caller caller, UUID runId) {
        guard.require(caller, Permission.WORKFLOWS_READ, "workflow.run.read", "run", runId);
        return engine.store().transactions().inTenant(caller.organization(), c -> engine.history().runWithTasks(c,
                runId, same -> engine.outbox().effects(same, runId)))
                .orElseThrow(() -> new NotFoundException("Run " + runId));
    }

    @Override
    public List<Run> recent(Caller caller, int limit) {
        guard.require(caller, Permission.WORKFLOWS_READ, "workflow.run.list", "run", null);
        return engine.store().transactions().inTenant(caller.organization(),
                c -> engine.history().recent(c, Math.max(1, Math.min(limit, 500))));
    }

    @Override
    public Run retry(Caller caller, UUID runId) {
        guard.require(caller, Permission.WORKFLOWS_RUN, "workflow.run.retry", "run", runId);
        TaskStore store = engine.store();
        store.transactions().inTenant(caller.organization(), c -> {
            TaskStore.RunRow run = store.run(c, runId, true).orElseThrow(() -> new NotFoundException("Run " + runId));
            if (!run.state().equals("FAILED")) {
                throw new ConflictException("Only a failed run can be retried; this one is " + run.state()
                        .toLowerCase(java.util.Locale.ROOT) + ".");
            }
            Definition definition = engine.definitions().get(run.workflowId(), run.version(),
                    () -> store.definitionUnchecked(c, run.workflowId(), run.version()));
            Set<String> joins = definition.nodes().values().stream().filter(n -> n instanceof Node.Join)
                    .map(Node::id).collect(Collectors.toSet());
            store.reopen(c, runId, joins);
            store.notifyWorkers(c);
            return null;
        });
        audit.record(AuditEvents.by(caller, "workflow.run.retry").target("run", runId.toString()).build());
        return get(caller, runId);
    }

    @Override
    public Run cancel(Caller caller, UUID runId) {
        guard.require(caller, Permission.WORKFLOWS_RUN, "workflow.run.cancel", "run", runId);
        TaskStore store = engine.store();
        store.transactions().inTenant(caller.organization(), c -> {
            if (store.run(c, runId, true).isEmpty()) {
                throw new NotFoundException("Run " + runId);
            }
            store.finishRun(c, runId, "CANCELLED", "Cancelled by " + caller.username());
            store.cancelOpen(c, runId, "");
            return null;
        });
        audit.record(AuditEvents.by(caller, "workflow.run.cancel").target("run", runId.toString()).build());
        return get(caller, runId);
    }

    private static Optional<Integer> currentVersion(java.sql.Connection c, UUID workflowId)
            throws java.sql.SQLException {
        try (var query = c.prepareStatement("SELECT current_version FROM platina.workflow WHERE id = ?"
                + " AND deleted_at IS NULL")) {
            query.setObject(1, workflowId);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
            }
        }
    }
}
