package dev.platina.workflow.engine.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.NotFoundException;
import dev.platina.core.api.SecretCipher;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.Workflow;
import dev.platina.workflow.api.WorkflowService;
import dev.platina.workflow.api.WorkflowVersion;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Workflow definitions: checked on every save, stored as a new version, audited. */
@Component(service = WorkflowService.class)
public final class DefaultWorkflowService implements WorkflowService {

    /** A list answer's size; an organisation with more workflows pages through the API later. */
    private static final int LIST_LIMIT = 1000;

    private final WorkflowStore store;
    private final StepRegistry steps;
    private final PermissionGuard guard;
    private final AuditLog audit;

    @Activate
    public DefaultWorkflowService(@Reference TenantTransactions transactions, @Reference StepRegistry steps,
            @Reference AuditLog audit, @Reference SecretCipher cipher) {
        this.store = new WorkflowStore(transactions, new Json(), new TriggerIndex(new WebhookSecrets(cipher),
                Clock.systemUTC()));
        this.steps = steps;
        this.guard = new PermissionGuard(audit);
        this.audit = audit;
    }

    @Override
    public List<Workflow> list(Caller caller) {
        guard.require(caller, Permission.WORKFLOWS_READ, "workflow.list", "workflow", null);
        return store.list(caller.organization(), LIST_LIMIT);
    }

    @Override
    public Workflow create(Caller caller, Map<String, Object> definition) {
        guard.require(caller, Permission.WORKFLOWS_EDIT, "workflow.create", "workflow", null);
        Definition checked = read(caller, definition);
        Workflow created = store.insert(caller.organization(), UUID.randomUUID(), checked, definition,
                caller.userId(), caller.username());
        audit.record(AuditEvents.by(caller, "workflow.create").target("workflow", created.id().toString())
                .detail("name", created.name()).detail("version", 1).build());
        return created;
    }

    @Override
    public void check(Caller caller, Map<String, Object> definition) {
        guard.require(caller, Permission.WORKFLOWS_READ, "workflow.check", "workflow", null);
        read(caller, definition);
    }

    @Override
    public Workflow get(Caller caller, UUID id) {
        guard.require(caller, Permission.WORKFLOWS_READ, "workflow.read", "workflow", id);
        return store.current(caller.organization(), id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Workflow get(Caller caller, UUID id, int version) {
        guard.require(caller, Permission.WORKFLOWS_READ, "workflow.read", "workflow", id);
        return store.version(caller.organization(), id, version).orElseThrow(() -> new NotFoundException(
                "Version " + version + " of workflow " + id));
    }

    @Override
    public List<WorkflowVersion> versions(Caller caller, UUID id) {
        guard.require(caller, Permission.WORKFLOWS_READ, "workflow.read", "workflow", id);
        List<WorkflowVersion> versions = store.versions(caller.organization(), id);
        if (versions.isEmpty()) {
            throw notFound(id);
        }
        return versions;
    }

    @Override
    public Workflow update(Caller caller, UUID id, Map<String, Object> definition, int expectedVersion) {
        guard.require(caller, Permission.WORKFLOWS_EDIT, "workflow.update", "workflow", id);
        TenantId tenant = caller.organization();
        int current = store.current(tenant, id).orElseThrow(() -> notFound(id)).version();
        if (current != expectedVersion) {
            throw stale(current, expectedVersion);
        }
        Definition checked = read(caller, definition);
        Workflow saved = store.update(tenant, id, expectedVersion, checked, definition, caller.username())
                .orElseThrow(() -> stale(store.currentVersion(tenant, id).orElseThrow(() -> notFound(id)),
                        expectedVersion));
        audit.record(AuditEvents.by(caller, "workflow.update").target("workflow", id.toString())
                .detail("name", saved.name()).detail("version", saved.version()).build());
        return saved;
    }

    @Override
    public void delete(Caller caller, UUID id) {
        guard.require(caller, Permission.WORKFLOWS_EDIT, "workflow.delete", "workflow", id);
        String name = store.delete(caller.organization(), id, caller.username()).orElseThrow(() -> notFound(id));
        audit.record(AuditEvents.by(caller, "workflow.delete").target("workflow", id.toString())
                .detail("name", name).build());
    }

    @Override
    public List<StepDescriptor> stepTypes(Caller caller) {
        guard.require(caller, Permission.WORKFLOWS_READ, "workflow.steps", "workflow", null);
        return steps.available(caller);
    }

    private Definition read(Caller caller, Map<String, Object> definition) {
        return new DefinitionReader(type -> steps.usable(caller, type).isPresent()).read(definition);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("Workflow " + id);
    }

    private static ConflictException stale(int current, int expected) {
        return new ConflictException("The workflow was saved again meanwhile (version " + current + "; you edited "
                + expected + "). Reload it, apply your change again and save.");
    }
}
