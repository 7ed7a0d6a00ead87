package dev.platina.ai.mcp.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunService;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.Workflow;
import dev.platina.workflow.api.WorkflowService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The organisation's MCP endpoint: its settings (kept with a workflow "MCP tool calls" owned by the administrator
 * who saved them), the step types it offers as tools, and tool calls, each of which is a run of that workflow:
 * nothing is performed before the approval policy allowed it.
 */
@Component(service = McpEndpoint.class, configurationPid = McpConfiguration.PID)
public final class McpEndpoint {

    /** Step types never offered: AI steps reason rather than act, and these would bypass or nest the approval. */
    private static final Set<String> WITHHELD = Set.of("action.perform", McpToolStep.TYPE);
    private static final Set<String> WITHHELD_CATEGORIES = Set.of("ai", "flow");
    private static final int MOST_ROLES = 20;
    private static final int MOST_ACTIONS = 50;

    private final TenantTransactions transactions;
    private final WorkflowService workflows;
    private final RunService runs;
    private final AuditLog audit;
    private final PermissionGuard guard;
    private final Duration callWait;
    private final Clock clock;
    private final EndpointStore store = new EndpointStore();

    @Activate
    public McpEndpoint(@Reference TenantTransactions transactions, @Reference WorkflowService workflows,
            @Reference RunService runs, @Reference AuditLog audit, McpConfiguration config) {
        this(transactions, workflows, runs, audit, Duration.ofSeconds(Math.max(0, config.callWaitSeconds())),
                Clock.systemUTC());
    }

    McpEndpoint(TenantTransactions transactions, WorkflowService workflows, RunService runs, AuditLog audit,
            Duration callWait, Clock clock) {
        this.transactions = transactions;
        this.workflows = workflows;
        this.runs = runs;
        this.audit = audit;
        this.guard = new PermissionGuard(audit);
        this.callWait = callWait;
        this.clock = clock;
    }

    EndpointSettings settings(Caller caller) {
        guard.require(caller, Permission.WORKFLOWS_READ, "ai.mcp-endpoint.read", "ai-mcp-endpoint", null);
        return stored(caller.organization());
    }

    /**
     * Saves the settings and creates or updates the workflow that carries the calls, owned by the caller. Needs
     * {@code settings:write} and {@code workflows:edit}.
     */
    EndpointSettings update(Caller caller, EndpointChange change) {
        guard.require(caller, Permission.SETTINGS_WRITE, "ai.mcp-endpoint.update", "ai-mcp-endpoint", null);
        guard.require(caller, Permission.WORKFLOWS_EDIT, "ai.mcp-endpoint.update", "ai-mcp-endpoint", null);
        check(caller, change);
        EndpointSettings previous = stored(caller.organization());
        Map<String, Object> definition = ToolCallsWorkflow.definition(change.approverRoles(),
                change.autoApproveActions());
        Workflow workflow = previous.workflowId().flatMap(id -> current(caller, id))
                .map(w -> workflows.update(caller, w.id(), definition, w.version()))
                .orElseGet(() -> workflows.create(caller, definition));
        var saved = new EndpointSettings(change.enabled(), change.approverRoles(), change.autoApproveActions(),
                Optional.of(workflow.id()), Optional.of(clock.instant()), Optional.of(caller.username()));
        transactions.inTenant(caller.organization(), c -> {
            store.write(c, caller.organization(), saved);
            return null;
        });
        audit.record(AuditEvents.by(caller, "ai.mcp-endpoint.update").target("ai-mcp-endpoint", null)
                .detail("enabled", saved.enabled()).detail("approverRoles", String.join(",", saved.approverRoles()))
                .detail("autoApproveActions", String.join(",", saved.autoApproveActions()))
                .detail("workflowId", workflow.id().toString()).build());
        return saved;
    }

    /** Whether MCP clients of the organisation may use the endpoint now. */
    boolean enabled(TenantId organization) {
        EndpointSettings settings = stored(organization);
        return settings.enabled() && settings.workflowId().isPresent();
    }

    /** The step types offered as tools, by type. */
    List<StepDescriptor> tools(Caller caller) {
        return workflows.stepTypes(caller).stream().filter(McpEndpoint::offered)
                .sorted(Comparator.comparing(StepDescriptor::type)).toList();
    }

    /**
     * Starts a run of the tool-calls workflow for the call and waits a little for its end.
     *
     * @throws InvalidInputException when the tool is not offered (unknown to the organisation)
     */
    CallOutcome call(Caller caller, String tool, Map<String, Object> arguments, Map<String, Object> client) {
        guard.require(caller, Permission.WORKFLOWS_RUN, "ai.mcp-endpoint.call", "ai-mcp-endpoint", null);
        guard.require(caller, Permission.WORKFLOWS_READ, "ai.mcp-endpoint.call", "ai-mcp-endpoint", null);
        if (tools(caller).stream().noneMatch(t -> t.type().equals(tool))) {
            throw InvalidInputException.of("name", "'" + tool + "' is not a tool of this server; list them with"
                    + " tools/list");
        }
        UUID workflow = stored(caller.organization()).workflowId().orElseThrow(() -> new NotFoundException(
                "The MCP tool-calls workflow"));
        var input = new LinkedHashMap<String, Object>();
        input.put("tool", tool);
        input.put("arguments", arguments);
        input.put("client", client);
        Run run = runs.start(caller, workflow, input);
        return await(caller, run.id(), callWait);
    }

    /** Where an earlier call stands; only calls of the tool-calls workflow made by the same person are found. */
    CallOutcome status(Caller caller, UUID runId) {
        guard.require(caller, Permission.WORKFLOWS_READ, "ai.mcp-endpoint.status", "ai-mcp-endpoint", null);
        Optional<UUID> workflow = stored(caller.organization()).workflowId();
        Run run = runs.get(caller, runId);
        Object client = run.input().get("client");
        boolean ours = workflow.isPresent() && workflow.get().equals(run.workflowId()) && client instanceof Map<?, ?>
                map && String.valueOf(caller.userId()).equals(String.valueOf(map.get("userId")));
        if (!ours) {
            throw new NotFoundException("MCP call " + runId);
        }
        return RunReading.outcome(run);
    }

    private CallOutcome await(Caller caller, UUID runId, Duration wait) {
        Instant deadline = clock.instant().plus(wait);
        // Auto-approved calls end within milliseconds: look often at first, then every 200 ms.
        long pause = 5;
        while (true) {
            CallOutcome outcome = RunReading.outcome(runs.get(caller, runId));
            if (outcome.state() != CallOutcome.State.WAITING || !clock.instant().isBefore(deadline)) {
                return outcome;
            }
            try {
                Thread.sleep(pause);
                pause = Math.min(200, pause * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return outcome;
            }
        }
    }

    private static boolean offered(StepDescriptor step) {
        String category = step.category() == null ? "" : step.category().toLowerCase(Locale.ROOT);
        return !WITHHELD.contains(step.type()) && !step.type().startsWith("ai.")
                && !WITHHELD_CATEGORIES.contains(category);
    }

    private void check(Caller caller, EndpointChange change) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (change.approverRoles().size() > MOST_ROLES) {
            problems.put("approverRoles", "at most " + MOST_ROLES + " roles");
        }
        for (int i = 0; i < change.approverRoles().size(); i++) {
            String role = change.approverRoles().get(i);
            if (role == null || role.isBlank() || role.length() > 60) {
                problems.put("approverRoles[" + i + "]", "name a role, such as Manager");
            }
        }
        if (change.autoApproveActions().size() > MOST_ACTIONS) {
            problems.put("autoApproveActions", "at most " + MOST_ACTIONS + " actions");
        }
        Set<String> offered = tools(caller).stream().map(StepDescriptor::type).collect(Collectors.toSet());
        for (int i = 0; i < change.autoApproveActions().size(); i++) {
            String action = change.autoApproveActions().get(i);
            if (!offered.contains(action)) {
                problems.put("autoApproveActions[" + i + "]", "'" + action + "' is not a tool of the MCP endpoint;"
                        + " name step types one by one, e.g. note");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Optional<Workflow> current(Caller caller, UUID id) {
        try {
            return Optional.of(workflows.get(caller, id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private EndpointSettings stored(TenantId organization) {
        return transactions.inTenant(organization, store::read).orElse(EndpointSettings.OFF);
    }
}
