package dev.platina.workflow.engine.internal;

import dev.platina.audit.api.AuditEvent;
import dev.platina.audit.api.AuditLog;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.Approval;
import dev.platina.workflow.api.ApprovalListener;
import dev.platina.workflow.api.ApprovalOutcomeListener;
import dev.platina.workflow.expression.ExpressionException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's side of approvals: opening a task when a run reaches an approval node, moving the run on once the
 * task is decided (in the deciding transaction, so the run goes on at once), and expiring tasks whose time is up.
 */
final class ApprovalDesk {

    private static final Logger LOG = LoggerFactory.getLogger(ApprovalDesk.class);
    private static final int EXPIRIES_PER_ROUND = 100;

    private final ApprovalStore approvals;
    private final TaskStore tasks;
    private final Definitions definitions;
    private final AuditLog audit;
    private TaskRunner runner;
    private final List<ApprovalListener> listeners = new CopyOnWriteArrayList<>();
    private final List<ApprovalOutcomeListener> outcomeListeners = new CopyOnWriteArrayList<>();
    private final ExecutorService notices;

    ApprovalDesk(ApprovalStore approvals, TaskStore tasks, Definitions definitions, AuditLog audit,
            ExecutorService notices) {
        this.notices = notices;
        this.approvals = approvals;
        this.tasks = tasks;
        this.definitions = definitions;
        this.audit = audit;
    }

    /** The runner schedules what follows a decided task; the two are made together by the engine. */
    void useRunner(TaskRunner taskRunner) {
        this.runner = taskRunner;
    }

    ApprovalStore store() {
        return approvals;
    }

    void addListener(ApprovalListener listener) {
        listeners.add(listener);
    }

    void removeListener(ApprovalListener listener) {
        listeners.remove(listener);
    }

    void addOutcomeListener(ApprovalOutcomeListener listener) {
        outcomeListeners.add(listener);
    }

    void removeOutcomeListener(ApprovalOutcomeListener listener) {
        outcomeListeners.remove(listener);
    }

    /** Tells the outcome listeners, on the notices thread, that a task was settled (its transaction committed). */
    void announceSettled(TenantId tenant, UUID approvalId) {
        if (outcomeListeners.isEmpty()) {
            return;
        }
        notices.execute(() -> {
            Approval approval;
            try {
                approval = approvals.transactions().inTenant(tenant, c -> approvals.approval(c, approvalId));
            } catch (RuntimeException e) {
                LOG.warn("Could not read settled approval task {} for its listeners: {}", approvalId, e.toString());
                return;
            }
            if (approval == null) {
                return;
            }
            for (ApprovalOutcomeListener listener : outcomeListeners) {
                try {
                    listener.settled(tenant, approval);
                } catch (RuntimeException e) {
                    LOG.warn("An approval outcome listener failed for task {}: {}", approvalId, e.toString());
                }
            }
        });
    }

    /** Tells the listeners, on the notices thread, that a task (whose transaction committed) waits for people. */
    void announce(TenantId tenant, UUID approvalId, boolean escalated) {
        for (ApprovalListener listener : listeners) {
            notices.execute(() -> {
                try {
                    listener.awaitingDecision(tenant, approvalId, escalated);
                } catch (RuntimeException e) {
                    LOG.warn("An approval listener failed for task {}: {}", approvalId, e.toString());
                }
            });
        }
    }

    /**
     * Parks the task for the approval and opens the approval task with the proposal computed from the run so far.
     * Returns a reason the approval could not be opened (the run then fails), or empty.
     */
    Optional<String> open(Connection c, ClaimedTask task, UUID workflowId, Node.Approval node,
            Map<String, Object> variables, Chain chain) throws SQLException {
        Map<String, Object> proposal;
        Optional<BigDecimal> amount;
        try {
            proposal = Values.resolve(node.proposal(), variables);
            amount = amount(node, variables);
        } catch (ExpressionException e) {
            return Optional.of("The proposal of '" + node.id() + "' could not be computed: " + e.getMessage());
        } catch (NumberFormatException e) {
            return Optional.of("The amount of '" + node.id() + "' is not a number: " + e.getMessage());
        }
        Optional<String> requiredRole = ApprovalRules.requiredRole(approvals.tiers(c), amount);
        Optional<String> autoApproval;
        try {
            autoApproval = requiredRole.isPresent() ? Optional.empty()
                    : autoApprovalReason(node.policy().autoApprove(), proposal, variables);
        } catch (ExpressionException e) {
            return Optional.of("The confidence rule of '" + node.id() + "' could not be computed: " + e.getMessage());
        }
        if (tasks.park(c, task, "approval", "Waiting for approval: " + node.title())) {
            UUID approvalId = approvals.open(c, task.tenant(), task, workflowId, node, proposal, requiredRole);
            if (autoApproval.isPresent()) {
                approveAutomatically(c, task.tenant(), approvalId, autoApproval.get());
                chain.autoApproved(approvalId, systemEvent(task.tenant(), "approval.auto-approve", approvals.find(c,
                        approvalId, false).orElseThrow()).detail("reason", autoApproval.get()).build());
            } else {
                chain.openedApproval(approvalId);
            }
        }
        return Optional.empty();
    }

    /**
     * Why the policy approves this proposal without people, or empty when people decide: the action must have a
     * threshold and the confidence must be a number at or above it. The organisation's amount tiers, when they ask
     * for a role, always leave the decision to people (checked by the caller).
     */
    static Optional<String> autoApprovalReason(Optional<AutoApproval> rule, Map<String, Object> proposal,
            Map<String, Object> variables) {
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        Object action = rule.get().action().map(value -> Values.resolve(Map.of("v", value), variables).get("v"))
                .orElse(proposal.get("action"));
        Object confidence = rule.get().confidence().map(value -> Values.resolve(Map.of("v", value), variables)
                .get("v")).orElse(proposal.get("confidence"));
        if (!(action instanceof String name) || !(confidence instanceof Number number)) {
            return Optional.empty();
        }
        Optional<BigDecimal> threshold = rule.get().thresholdFor(name);
        BigDecimal reached = new BigDecimal(number.toString());
        if (threshold.isEmpty() || reached.compareTo(threshold.get()) < 0) {
            return Optional.empty();
        }
        return Optional.of("Confidence " + reached.stripTrailingZeros().toPlainString() + " for '" + name
                + "' is at or above the threshold " + threshold.get().stripTrailingZeros().toPlainString()
                + " set for it");
    }

    private void approveAutomatically(Connection c, TenantId tenant, UUID approvalId, String reason)
            throws SQLException {
        approvals.addAutomaticApproval(c, tenant, approvalId, reason);
        approvals.settle(c, approvalId, Approval.State.APPROVED);
        conclude(c, tenant, approvals.find(c, approvalId, false).orElseThrow(), Approval.State.APPROVED,
                approvals.decisions(c, List.of(approvalId)).getOrDefault(approvalId, List.of()));
    }

    private static Optional<BigDecimal> amount(Node.Approval node, Map<String, Object> variables) {
        if (node.amount().isEmpty()) {
            return Optional.empty();
        }
        Object value = Values.resolve(Map.of("amount", node.amount().get()), variables).get("amount");
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value instanceof BigDecimal decimal ? decimal : new BigDecimal(String.valueOf(value)));
    }

    /**
     * Finishes the run's waiting task with the outcome and schedules the approval's next node, or its reject path
     * when not approved. Call in the transaction that settled the task.
     */
    void conclude(Connection c, TenantId tenant, ApprovalStore.Row row, Approval.State outcome,
            List<Approval.Decision> decisions) throws SQLException {
        var output = new LinkedHashMap<String, Object>();
        output.put("decision", outcome.name());
        output.put("approved", outcome == Approval.State.APPROVED);
        output.put("proposal", row.proposal());
        output.put("decisions", decisions.stream().map(ApprovalDesk::describe).toList());
        if (!tasks.finishParked(c, row.taskId(), "approval", output)) {
            return;
        }
        Optional<TaskStore.RunRow> run = tasks.run(c, row.runId(), false);
        if (run.isEmpty() || !run.get().state().equals("RUNNING")) {
            return;
        }
        Definition definition = definitions.get(run.get().workflowId(), run.get().version(),
                () -> tasks.definitionUnchecked(c, run.get().workflowId(), run.get().version()));
        Node.Approval node = (Node.Approval) definition.node(row.nodeId());
        Map<String, Object> variables = TaskRunner.variables(row.runId(), run.get().workflowId(),
                run.get().version(), run.get().startedAt(), run.get().input(), tasks.outputs(c, row.runId()),
                run.get().trigger());
        runner.successors().schedule(c, tenant, row.runId(), definition, variables, row.branch(),
                outcome == Approval.State.APPROVED ? node.next() : node.onReject());
        tasks.notifyWorkers(c);
    }

    private static Map<String, Object> describe(Approval.Decision decision) {
        var described = new LinkedHashMap<String, Object>();
        described.put("by", decision.username());
        described.put("verdict", decision.verdict().name());
        decision.comment().ifPresent(comment -> described.put("comment", comment));
        if (!decision.edits().isEmpty()) {
            described.put("edits", decision.edits());
        }
        described.put("at", decision.decidedAt().toString());
        return described;
    }

    /**
     * Handles every task whose time is up: a task that escalates lets its escalation roles decide too, for another
     * period; a task that already escalated, or rejects on expiry, takes the reject path. Safe with several engine
     * nodes: each task is locked and checked again before anything changes.
     */
    void expireDue() {
        for (ApprovalStore.Expired expired : approvals.expired(EXPIRIES_PER_ROUND)) {
            try {
                Optional<AuditEvent> event = approvals.transactions().inTenant(expired.tenant(),
                        c -> expire(c, expired));
                event.ifPresent(audit::record);
                if (event.isPresent() && event.get().action().equals("approval.escalate")) {
                    announce(expired.tenant(), expired.id(), true);
                } else if (event.isPresent()) {
                    announceSettled(expired.tenant(), expired.id());
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not expire approval task {}: {}", expired.id(), e.getMessage());
            }
        }
    }

    private Optional<AuditEvent> expire(Connection c, ApprovalStore.Expired expired) throws SQLException {
        Optional<ApprovalStore.Row> row = approvals.find(c, expired.id(), true);
        if (row.isEmpty() || row.get().state() != Approval.State.PENDING || row.get().expiresAt().isEmpty()
                || row.get().expiresAt().get().isAfter(Instant.now())) {
            return Optional.empty();
        }
        ApprovalStore.Row task = row.get();
        if (task.onExpire() == Node.ExpiryAction.ESCALATE && !task.escalated()) {
            approvals.escalate(c, task.id(), Instant.now().plus(task.expiresAfter().orElseThrow()));
            return Optional.of(systemEvent(expired.tenant(), "approval.escalate", task)
                    .detail("escalateTo", String.join(",", task.policy().escalateTo())).build());
        }
        approvals.settle(c, task.id(), Approval.State.EXPIRED);
        conclude(c, expired.tenant(), task, Approval.State.EXPIRED,
                approvals.decisions(c, List.of(task.id())).getOrDefault(task.id(), List.of()));
        return Optional.of(systemEvent(expired.tenant(), "approval.expire", task).build());
    }

    /** After the transaction that approved a task by its confidence rule committed: audit it and tell listeners. */
    void autoApproved(TenantId tenant, UUID approvalId, AuditEvent event) {
        audit.record(event);
        announceSettled(tenant, approvalId);
    }

    private static AuditEvent.Builder systemEvent(TenantId tenant, String action, ApprovalStore.Row task) {
        return AuditEvent.of(tenant, action).actor(null, "system:workflow-engine").target("approval",
                task.id().toString()).detail("runId", task.runId().toString()).detail("node", task.nodeId());
    }
}
