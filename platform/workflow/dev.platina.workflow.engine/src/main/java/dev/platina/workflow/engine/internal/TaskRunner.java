package dev.platina.workflow.engine.internal;

import dev.platina.identity.api.AuthenticationService;
import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.SqlWork;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.expression.Expression;
import dev.platina.workflow.expression.ExpressionException;
import dev.platina.workflow.engine.internal.steps.PerformActionStep;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs one leased task and, in the same transaction that records its result, schedules what follows: the next
 * node, the branches of a parallel node, a branch's arrival at its join, a retry after backoff, the error path, or
 * the end of the run. A step's own work happens outside any transaction; its result is kept only while this node
 * still holds the task's lease. The run's next task may be leased to this worker in that same transaction and run
 * at once, with what the worker already knows of the run (see {@link Chain}).
 */
final class TaskRunner {

    /** How long a resolved owner (and their permissions) is used for the next steps of a chain. */
    static final Duration OWNER_REUSE = Duration.ofSeconds(1);

    private final TaskStore store;
    private final Definitions definitions;
    private final StepRegistry steps;
    private final AuthenticationService identity;
    private final StepThreads stepThreads;
    private final ApprovalDesk approvals;
    private final OutboxStore outbox;
    private final Successors successors;
    private final Duration lease;

    TaskRunner(TaskStore store, Definitions definitions, StepRegistry steps, AuthenticationService identity,
            StepThreads stepThreads, ApprovalDesk approvals, OutboxStore outbox, Duration lease) {
        this.store = store;
        this.definitions = definitions;
        this.steps = steps;
        this.identity = identity;
        this.stepThreads = stepThreads;
        this.approvals = approvals;
        this.outbox = outbox;
        this.successors = new Successors(store);
        this.lease = lease;
    }

    Successors successors() {
        return successors;
    }

    /** The run as a task sees it: its definition and what expressions may read. */
    record Context(TaskStore.RunRow run, Definition definition, Map<String, Object> variables) {

        /** The run once {@code nodeId} finished with {@code output}, as a fresh load would read it. */
        @SuppressWarnings("unchecked")
        Context after(String nodeId, Map<String, Object> output) {
            var stepsSoFar = new LinkedHashMap<>((Map<String, Object>) variables.get("steps"));
            stepsSoFar.put(nodeId, Map.of("output", output));
            var next = new LinkedHashMap<>(variables);
            next.put("steps", java.util.Collections.unmodifiableMap(stepsSoFar));
            return new Context(run, definition, next);
        }
    }

    /** The workflow's owner as resolved for a step, with when. */
    record Owner(Caller caller, Instant resolvedAt) {
    }

    /** A task this worker leased for itself while finishing the one before, with the run as it stands after it. */
    record Continuation(ClaimedTask task, Context context, Optional<Owner> owner, int length) {
    }

    /** Runs a claimed task; returns the run's next task when this worker leased it to go on with. */
    Optional<Continuation> run(ClaimedTask task) {
        Optional<Context> context = inTenant(task.tenant(), c -> load(c, task));
        if (context.isEmpty()) {
            return Optional.empty();
        }
        return run(task, context.get(), Optional.empty(), 0);
    }

    Optional<Continuation> run(Continuation next) {
        return run(next.task(), next.context(), next.owner(), next.length());
    }

    private Optional<Continuation> run(ClaimedTask task, Context context, Optional<Owner> knownOwner, int length) {
        Instant started = Instant.now();
        Node node = context.definition().node(task.nodeId());
        Chain chain = Chain.forWorker(task.leaseOwner(), lease, length + 1);
        Optional<Owner> owner = knownOwner;
        if (node instanceof Node.Step step) {
            owner = runStep(task, context, step, started, knownOwner, chain);
        } else {
            inTenant(task.tenant(), c -> {
                pass(c, task, context, node, chain);
                if (chain.wakeOthers()) {
                    store.notifyWorkers(c);
                }
                return null;
            });
            chain.openedApproval().ifPresent(id -> approvals.announce(task.tenant(), id, false));
            chain.autoApproved().ifPresent(id -> approvals.autoApproved(task.tenant(), id, chain.autoApproval()));
        }
        Optional<Owner> ownerSoFar = owner;
        return chain.leased().map(next -> new Continuation(next, chain.finishedNode().map(finished -> context
                .after(finished, chain.finishedOutput())).orElse(context), ownerSoFar, chain.length()));
    }

    private Optional<Context> load(Connection c, ClaimedTask task) throws SQLException {
        Optional<TaskStore.RunRow> run = store.run(c, task.runId(), false);
        if (run.isEmpty() || !run.get().state().equals("RUNNING")) {
            store.cancelTask(c, task);
            return Optional.empty();
        }
        Definition definition = definitions.get(run.get().workflowId(), run.get().version(),
                () -> store.definitionUnchecked(c, run.get().workflowId(), run.get().version()));
        return Optional.of(new Context(run.get(), definition, variables(task.runId(), run.get().workflowId(),
                run.get().version(), run.get().startedAt(), run.get().input(), store.outputs(c, task.runId()),
                run.get().trigger())));
    }

    /** What a run's expressions can read (see {@link ExpressionCheck#VARIABLES}). */
    static Map<String, Object> variables(UUID runId, UUID workflowId, int version, Instant startedAt,
            Map<String, Object> input, Map<String, Object> steps, Map<String, Object> trigger) {
        var variables = new LinkedHashMap<String, Object>();
        variables.put("input", input);
        variables.put("steps", steps);
        variables.put("run", Map.of("id", runId.toString(), "workflowId", workflowId.toString(), "version", version,
                "startedAt", startedAt.toString()));
        variables.put("trigger", trigger);
        return variables;
    }

    /**
     * Records the task as done; empty when this worker lost its lease. The successors go on this worker's chain
     * while the run still runs; after it ended they are only written (and cancelled by whoever claims them).
     */
    private Optional<Chain> finish(Connection c, ClaimedTask task, Map<String, Object> input,
            Map<String, Object> output, Chain chain) throws SQLException {
        Optional<Boolean> running = store.doneInRunningRun(c, task, input, output);
        if (running.isEmpty()) {
            return Optional.empty();
        }
        chain.finished(task.nodeId(), output);
        return Optional.of(running.get() ? chain : Chain.none());
    }

    /** Nodes that only route: they finish at once and say where the run goes next. */
    private void pass(Connection c, ClaimedTask task, Context context, Node node, Chain chain)
            throws SQLException {
        if (node instanceof Node.Condition condition) {
            String next;
            try {
                next = condition.branches().stream().filter(b -> Expression.compile(b.when())
                        .test(context.variables())).map(Node.Condition.Branch::next).findFirst()
                        .orElse(condition.otherwise());
            } catch (ExpressionException e) {
                failRun(c, task, null, "The condition of '" + node.id() + "' could not be evaluated: "
                        + e.getMessage());
                return;
            }
            Optional<Chain> on = finish(c, task, null, Map.of("next", next), chain);
            if (on.isPresent()) {
                schedule(c, task, context, task.branch(), next, on.get());
            }
        } else if (node instanceof Node.Parallel parallel) {
            Optional<Chain> on = finish(c, task, null, Map.of("branches", parallel.branches()), chain);
            if (on.isPresent()) {
                for (int i = 0; i < parallel.branches().size(); i++) {
                    schedule(c, task, context, Successors.child(task.branch(), parallel.id(), i),
                            parallel.branches().get(i), on.get());
                }
            }
        } else if (node instanceof Node.Join join) {
            Optional<Chain> on = finish(c, task, null, Map.of(), chain);
            if (on.isPresent()) {
                schedule(c, task, context, task.branch(), join.next(), on.get());
            }
        } else if (node instanceof Node.Wait wait) {
            Optional<Chain> on = finish(c, task, null, Map.of(), chain);
            if (on.isPresent()) {
                schedule(c, task, context, task.branch(), wait.next(), on.get());
            }
        } else if (node instanceof Node.End end) {
            if (store.done(c, task, null, Map.of("outcome", end.failed() ? "failed" : "completed"))) {
                store.finishRun(c, task.runId(), end.failed() ? "FAILED" : "COMPLETED",
                        end.failed() ? "The run ended at '" + end.id() + "'" : null);
                store.cancelOpen(c, task.runId(), "");
            }
        } else if (node instanceof Node.Approval approval) {
            Optional<String> problem = approvals.open(c, task, context.run().workflowId(), approval,
                    context.variables(), chain);
            if (problem.isPresent()) {
                failRun(c, task, null, problem.get());
            }
        }
    }

    /** Runs a step as the workflow's owner; returns the owner as resolved, for the chain's next steps. */
    private Optional<Owner> runStep(ClaimedTask task, Context context, Node.Step step, Instant started,
            Optional<Owner> known, Chain chain) {
        Optional<Owner> owner = known.filter(o -> o.resolvedAt().plus(OWNER_REUSE).isAfter(started));
        if (owner.isEmpty() && context.run().owner() != null) {
            owner = identity.actingUser(task.tenant(), context.run().owner(), "workflow-run:" + task.runId())
                    .map(caller -> new Owner(caller, started));
        }
        if (owner.isEmpty()) {
            inTenant(task.tenant(), c -> {
                failRun(c, task, null, "The workflow's owner can no longer act (disabled or removed), so"
                        + " its steps cannot run. Save the workflow as an active user to make them its owner.");
                return null;
            });
            return owner;
        }
        Map<String, Object> input;
        try {
            input = Values.resolve(step.input(), context.variables());
        } catch (ExpressionException e) {
            failAtOnce(task, context, step, null, started, "The input of '" + step.id() + "' could not be"
                    + " computed: " + e.getMessage());
            return owner;
        }
        String stepType = step.stepType();
        Optional<ApprovedAction> approved = Optional.empty();
        if (stepType.equals(PerformActionStep.TYPE)) {
            Map<String, Object> performInput = input;
            ApprovedAction action = inTenant(task.tenant(), c -> ApprovedAction.of(c, approvals.store(),
                    task.runId(), performInput));
            if (action.refused()) {
                failAtOnce(task, context, step, input, started, action.refusal());
                return owner;
            }
            approved = Optional.of(action);
            stepType = action.stepType();
            input = action.parameters();
        }
        String usedType = stepType;
        Optional<StepRegistry.Usable> usable = steps.usable(owner.get().caller(), usedType);
        if (usable.isEmpty()) {
            inTenant(task.tenant(), c -> store.park(c, task, "step:" + usedType, "The step type '"
                    + usedType + "' is not"
                    + " available (its skill was removed or turned off for this organisation). The run goes on when"
                    + " it is back."));
            return owner;
        }
        if (step.timeout().compareTo(WorkflowEngine.BASE_LEASE) > 0) {
            store.extendLease(task, step.timeout().plus(WorkflowEngine.BASE_LEASE));
        }
        StepOutcome outcome = stepThreads.attempt(usable.get(), new Execution(task.runId(), task.nodeId(), input,
                usable.get().actingAs(), task.idempotencyKey(), task.attempt()), step);
        Map<String, Object> usedInput = input;
        Map<String, Object> output = approved.map(action -> action.wrap(outcome.output())).orElse(outcome.output());
        inTenant(task.tenant(), c -> {
            if (outcome.succeeded()) {
                Optional<Chain> on = finish(c, task, usedInput, output, chain);
                if (on.isPresent()) {
                    // A successful attempt is the task itself; only failed ones are kept apart.
                    outbox.enqueue(c, task.tenant(), task, outcome.effects());
                    schedule(c, task, context, task.branch(), step.next(), on.get());
                }
            } else {
                fail(c, task, context, step, usedInput, started, outcome.failure().orElseThrow(),
                        outcome.retryable(), chain);
            }
            if (chain.wakeOthers()) {
                store.notifyWorkers(c);
            }
            return null;
        });
        return owner;
    }

    /** Fails the step without retrying, in a transaction of its own (the step never ran). */
    private void failAtOnce(ClaimedTask task, Context context, Node.Step step, Map<String, Object> input,
            Instant started, String error) {
        inTenant(task.tenant(), c -> {
            fail(c, task, context, step, input, started, error, false, Chain.none());
            store.notifyWorkers(c);
            return null;
        });
    }

    private void fail(Connection c, ClaimedTask task, Context context, Node.Step step, Map<String, Object> input,
            Instant started, String error, boolean retryable, Chain chain) throws SQLException {
        if (retryable && task.attempt() < step.retry().maxAttempts()) {
            if (store.retryAt(c, task, Instant.now().plus(Backoff.after(step.retry(), task.attempt())), error)) {
                store.recordAttempt(c, task.tenant(), task, started, "RETRY", error);
            }
            return;
        }
        if (!store.failed(c, task, input, error)) {
            return;
        }
        store.recordAttempt(c, task.tenant(), task, started, "FAILED", error);
        if (step.onError().isPresent()) {
            // The error path is not leased to this worker: the run may have been cancelled meanwhile.
            schedule(c, task, context, task.branch(), step.onError().get(), Chain.none());
        } else {
            store.finishRun(c, task.runId(), "FAILED", "Step '" + step.id() + "' failed after " + task.attempt()
                    + " attempt" + (task.attempt() == 1 ? "" : "s") + ": " + error);
            store.cancelOpen(c, task.runId(), "");
        }
    }

    private void failRun(Connection c, ClaimedTask task, Map<String, Object> input, String error)
            throws SQLException {
        if (store.failed(c, task, input, error)) {
            store.finishRun(c, task.runId(), "FAILED", error);
            store.cancelOpen(c, task.runId(), "");
        }
    }

    private void schedule(Connection c, ClaimedTask task, Context context, String branch, String nodeId,
            Chain chain) throws SQLException {
        successors.schedule(c, task.tenant(), context.run().id(), context.definition(), context.variables(), branch,
                nodeId, chain);
    }

    private <T> T inTenant(TenantId tenant, SqlWork<T> work) {
        return store.transactions().inTenant(tenant, work);
    }
}
