package dev.platina.workflow.engine.internal;

import dev.platina.identity.api.AuthenticationService;
import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.SqlWork;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.expression.Expression;
import dev.platina.workflow.expression.ExpressionException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one leased task and, in the same transaction that records its result, schedules what follows: the next
 * node, the branches of a parallel node, a branch's arrival at its join, a retry after backoff, the error path, or
 * the end of the run. A step's own work happens outside any transaction; its result is kept only while this node
 * still holds the task's lease.
 */
final class TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final TaskStore store;
    private final Definitions definitions;
    private final StepRegistry steps;
    private final AuthenticationService identity;
    private final ExecutorService stepThreads;
    private final ApprovalDesk approvals;
    private final OutboxStore outbox;

    TaskRunner(TaskStore store, Definitions definitions, StepRegistry steps, AuthenticationService identity,
            ExecutorService stepThreads, ApprovalDesk approvals, OutboxStore outbox) {
        this.store = store;
        this.outbox = outbox;
        this.approvals = approvals;
        this.definitions = definitions;
        this.steps = steps;
        this.identity = identity;
        this.stepThreads = stepThreads;
    }

    /** The run as a task sees it: its definition and what expressions may read. */
    private record Context(TaskStore.RunRow run, Definition definition, Map<String, Object> variables) {
    }

    void run(ClaimedTask task) {
        Instant started = Instant.now();
        Optional<Context> context = inTenant(task.tenant(), c -> load(c, task));
        if (context.isEmpty()) {
            return;
        }
        Node node = context.get().definition().node(task.nodeId());
        if (node instanceof Node.Step step) {
            runStep(task, context.get(), step, started);
        } else {
            inTenant(task.tenant(), c -> {
                pass(c, task, context.get(), node);
                store.notifyWorkers(c);
                return null;
            });
        }
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

    /** Nodes that only route: they finish at once and say where the run goes next. */
    private void pass(Connection c, ClaimedTask task, Context context, Node node) throws SQLException {
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
            if (store.done(c, task, null, Map.of("next", next))) {
                schedule(c, task.tenant(), context, task.branch(), next);
            }
        } else if (node instanceof Node.Parallel parallel) {
            if (store.done(c, task, null, Map.of("branches", parallel.branches()))) {
                for (int i = 0; i < parallel.branches().size(); i++) {
                    schedule(c, task.tenant(), context, child(task.branch(), parallel.id(), i),
                            parallel.branches().get(i));
                }
            }
        } else if (node instanceof Node.Join join) {
            if (store.done(c, task, null, Map.of())) {
                schedule(c, task.tenant(), context, task.branch(), join.next());
            }
        } else if (node instanceof Node.Wait wait) {
            if (store.done(c, task, null, Map.of())) {
                schedule(c, task.tenant(), context, task.branch(), wait.next());
            }
        } else if (node instanceof Node.End end) {
            if (store.done(c, task, null, Map.of("outcome", end.failed() ? "failed" : "completed"))) {
                store.finishRun(c, task.runId(), end.failed() ? "FAILED" : "COMPLETED",
                        end.failed() ? "The run ended at '" + end.id() + "'" : null);
                store.cancelOpen(c, task.runId(), "");
            }
        } else if (node instanceof Node.Approval approval) {
            Optional<String> problem = approvals.open(c, task, context.run().workflowId(), approval,
                    context.variables());
            if (problem.isPresent()) {
                failRun(c, task, null, problem.get());
            }
        }
    }

    private void runStep(ClaimedTask task, Context context, Node.Step step, Instant started) {
        Optional<Caller> owner = context.run().owner() == null ? Optional.empty()
                : identity.actingUser(task.tenant(), context.run().owner(), "workflow-run:" + task.runId());
        if (owner.isEmpty()) {
            inTenant(task.tenant(), c -> {
                failRun(c, task, null, "The workflow's owner can no longer act (disabled or removed), so"
                        + " its steps cannot run. Save the workflow as an active user to make them its owner.");
                return null;
            });
            return;
        }
        Optional<StepRegistry.Usable> usable = steps.usable(owner.get(), step.stepType());
        if (usable.isEmpty()) {
            inTenant(task.tenant(), c -> store.park(c, task, "step:" + step.stepType(), "The step type '"
                    + step.stepType() + "' is not"
                    + " available (its skill was removed or turned off for this organisation). The run goes on when"
                    + " it is back."));
            return;
        }
        Map<String, Object> input;
        try {
            input = Values.resolve(step.input(), context.variables());
        } catch (ExpressionException e) {
            inTenant(task.tenant(), c -> {
                fail(c, task, context, step, null, started, "The input of '" + step.id() + "' could not be"
                        + " computed: " + e.getMessage(), false);
                return null;
            });
            return;
        }
        if (step.timeout().compareTo(WorkflowEngine.BASE_LEASE) > 0) {
            store.extendLease(task, step.timeout().plus(WorkflowEngine.BASE_LEASE));
        }
        StepOutcome outcome = execute(usable.get(), new Execution(task.runId(), task.nodeId(), input,
                usable.get().actingAs(), task.idempotencyKey(), task.attempt()), step);
        inTenant(task.tenant(), c -> {
            if (outcome.succeeded()) {
                if (store.done(c, task, input, outcome.output())) {
                    outbox.enqueue(c, task.tenant(), task, outcome.effects());
                    store.recordAttempt(c, task.tenant(), task, started, "DONE", null);
                    schedule(c, task.tenant(), context, task.branch(), step.next());
                }
            } else {
                fail(c, task, context, step, input, started, outcome.failure().orElseThrow(), outcome.retryable());
            }
            store.notifyWorkers(c);
            return null;
        });
    }

    private StepOutcome execute(StepRegistry.Usable usable, Execution execution, Node.Step step) {
        Future<StepOutcome> attempt = stepThreads.submit(() -> usable.registered().step().execute(execution));
        try {
            StepOutcome outcome = attempt.get(step.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return outcome == null ? StepOutcome.failed("The step returned no outcome.", true) : outcome;
        } catch (TimeoutException e) {
            attempt.cancel(true);
            return StepOutcome.failed("The step did not finish within " + step.timeout() + ".", true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return StepOutcome.failed(cause.getClass().getSimpleName() + ": " + cause.getMessage(), true);
        } catch (InterruptedException e) {
            attempt.cancel(true);
            Thread.currentThread().interrupt();
            return StepOutcome.failed("The engine stopped during the step.", true);
        }
    }

    private void fail(Connection c, ClaimedTask task, Context context, Node.Step step, Map<String, Object> input,
            Instant started, String error, boolean retryable) throws SQLException {
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
            schedule(c, task.tenant(), context, task.branch(), step.onError().get());
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

    /** Adds the task for {@code nodeId} on {@code branch}; a join instead counts the branch's arrival. */
    void schedule(Connection c, TenantId tenant, Context context, String branch, String nodeId) throws SQLException {
        scheduleNode(c, tenant, context.run().id(), context.definition(), context.variables(), branch, nodeId);
    }

    void scheduleNode(Connection c, TenantId tenant, UUID runId, Definition definition,
            Map<String, Object> variables, String branch, String nodeId) throws SQLException {
        Node node = definition.node(nodeId);
        if (node instanceof Node.Join join) {
            String parent = parent(branch);
            TaskStore.Arrival arrival = store.arrive(c, tenant, runId, join.id(), parent);
            if (arrival.waiting() && arrival.arrived() >= definition.branchesNeeded(join)) {
                store.openJoin(c, runId, join.id(), parent);
                if (join.mode() != Node.JoinMode.ALL) {
                    // The join goes on without the others: what they have not started yet is not needed.
                    String parallel = definition.parallelOfJoin().get(join.id());
                    store.cancelOpen(c, runId, (parent.isEmpty() ? "" : parent + "/") + parallel + ".");
                }
            }
        } else if (node instanceof Node.Wait wait) {
            if (wait.event().isPresent()) {
                store.waiting().insert(c, tenant, runId, nodeId, branch, EventWaits.WAITING_PREFIX + wait.event().get());
            } else {
                store.insertTask(c, tenant, runId, nodeId, branch, "READY", waitUntil(wait, variables));
            }
        } else {
            store.insertTask(c, tenant, runId, nodeId, branch, "READY", Instant.now());
        }
    }

    private static Instant waitUntil(Node.Wait wait, Map<String, Object> variables) {
        if (wait.duration().isPresent()) {
            return Instant.now().plus(wait.duration().get());
        }
        Object until = Expression.compile(wait.until().orElseThrow()).evaluate(variables);
        try {
            return OffsetDateTime.parse(String.valueOf(until)).toInstant();
        } catch (DateTimeParseException e) {
            // Not a moment: waiting on it would hold the run for ever, so it goes on at once.
            LOG.warn("Wait '{}' computed '{}', which is not a date and time with an offset; not waiting", wait.id(),
                    until);
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

    private <T> T inTenant(TenantId tenant, SqlWork<T> work) {
        return store.transactions().inTenant(tenant, work);
    }
}
