package dev.platina.workflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.core.api.NotFoundException;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunTask;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class EngineTest extends EngineTestBase {


    EngineTest(PlatformTestDatabase database) {
        super(database);
    }

    @Test
    void aConditionTakesTheBranchWhoseExpressionHolds() throws Exception {
        UUID workflow = fixture.save("""
                {"name": "Route", "start": "check", "nodes": [
                  {"id": "check", "type": "condition", "branches": [{"when": "input.amount > 100", "next": "high"}],
                   "otherwise": "low"},
                  {"id": "high", "type": "step", "step": "data.set", "input": {"path": "=string(input.amount) + ' is high'"},
                   "next": "done"},
                  {"id": "low", "type": "step", "step": "data.set", "input": {"path": "low"}, "next": "done"},
                  {"id": "done", "type": "end"}]}""");

        Run high = fixture.awaitEnd(fixture.runs.start(fixture.manager, workflow, Map.of("amount", 500)).id(), PATIENCE);
        Run low = fixture.awaitEnd(fixture.runs.start(fixture.manager, workflow, Map.of("amount", 5)).id(), PATIENCE);

        assertThat(high.state()).isEqualTo(Run.State.COMPLETED);
        assertThat(nodes(high)).containsExactly("check", "high", "done");
        assertThat(task(high, "high").output()).contains(Map.of("path", "500 is high"));
        assertThat(nodes(low)).containsExactly("check", "low", "done");
    }

    @Test
    void aWorkerGoesOnWithTheRunsNextTaskInTheTransactionThatFinishedTheLastOne() throws Exception {
        var nodes = new StringBuilder();
        int length = Chain.LONGEST + 8;
        for (int i = 0; i < length; i++) {
            nodes.append("{\"id\": \"s").append(i).append("\", \"type\": \"step\", \"step\": \"data.set\",")
                    .append(" \"input\": {\"n\": \"=").append(i == 0 ? "0" : "steps.s" + (i - 1) + ".output.n + 1")
                    .append("\"}, \"next\": \"").append(i + 1 < length ? "s" + (i + 1) : "done").append("\"},");
        }
        UUID workflow = fixture.save("{\"name\": \"Long\", \"start\": \"s0\", \"nodes\": [" + nodes
                + "{\"id\": \"done\", \"type\": \"end\"}]}");

        Run run = fixture.awaitEnd(fixture.runs.start(fixture.manager, workflow, Map.of()).id(), PATIENCE);

        assertThat(run.state()).isEqualTo(Run.State.COMPLETED);
        assertThat(task(run, "s" + (length - 1)).output()).as("each step read the one before")
                .contains(Map.of("n", length - 1));
        long startedWhenCreated = run.tasks().stream().filter(t -> t.startedAt().orElseThrow()
                .equals(t.createdAt())).count();
        assertThat(startedWhenCreated).as("tasks leased by the worker that finished the one before")
                .isGreaterThanOrEqualTo(length - 2L);
        assertThat(run.tasks()).allSatisfy(t -> assertThat(t.attempts()).isOne());
    }

    @Test
    void aCheckReportsEveryProblemAtItsPlaceAndStoresNothing() {
        var broken = EngineFixture.parse("""
                {"name": "Draft", "start": "route", "nodes": [
                  {"id": "route", "type": "condition", "branches": [{"when": "", "next": "done"}], "otherwise": "gone"},
                  {"id": "done", "type": "end"}]}""");
        int before = fixture.workflows.list(fixture.manager).size();

        Assertions.assertThatThrownBy(() -> fixture.workflows.check(fixture.manager, broken))
                .isInstanceOfSatisfying(dev.platina.core.api.InvalidInputException.class, e -> assertThat(
                        e.fieldErrors()).containsKeys("nodes[route].branches[0].when", "nodes[route].otherwise"));
        fixture.workflows.check(fixture.manager, EngineFixture.parse("""
                {"name": "Fine", "start": "done", "nodes": [{"id": "done", "type": "end"}]}"""));
        assertThat(fixture.workflows.list(fixture.manager)).hasSize(before);
    }

    @Test
    void parallelBranchesThatGoStraightToTheJoinStillMeetThere() throws Exception {
        // The builder's fresh parallel node: both branches lead to the join until steps are added.
        UUID workflow = fixture.save("""
                {"name": "Empty fan", "start": "fan", "nodes": [
                  {"id": "fan", "type": "parallel", "branches": ["both", "both"]},
                  {"id": "both", "type": "join", "mode": "all", "next": "done"},
                  {"id": "done", "type": "end"}]}""");

        Run run = fixture.awaitEnd(fixture.runs.start(fixture.manager, workflow, Map.of()).id(), PATIENCE);

        assertThat(run.state()).isEqualTo(Run.State.COMPLETED);
        assertThat(run.tasks().stream().filter(t -> t.nodeId().equals("done"))).hasSize(1);
    }

    @Test
    void parallelBranchesOverlapInTimeAndTheJoinWaitsForBoth() throws Exception {
        var sleeper = new SleepingStep(Duration.ofMillis(600));
        fixture.register(sleeper);
        UUID workflow = fixture.save("""
                {"name": "Fan out", "start": "fan", "nodes": [
                  {"id": "fan", "type": "parallel", "branches": ["left", "right"]},
                  {"id": "left", "type": "step", "step": "test.sleep", "next": "both"},
                  {"id": "right", "type": "step", "step": "test.sleep", "next": "both"},
                  {"id": "both", "type": "join", "mode": "all", "next": "done"},
                  {"id": "done", "type": "end"}]}""");

        Run run = fixture.awaitEnd(fixture.runs.start(fixture.manager, workflow, Map.of()).id(), PATIENCE);

        assertThat(run.state()).isEqualTo(Run.State.COMPLETED);
        assertThat(sleeper.intervals).hasSize(2);
        Instant[] left = sleeper.intervals.get(0);
        Instant[] right = sleeper.intervals.get(1);
        assertThat(left[0]).as("the second branch started before the first ended").isBefore(right[1]);
        assertThat(right[0]).isBefore(left[1]);
        Instant joined = task(run, "both").finishedAt().orElseThrow();
        assertThat(joined).isAfterOrEqualTo(task(run, "left").finishedAt().orElseThrow())
                .isAfterOrEqualTo(task(run, "right").finishedAt().orElseThrow());
        assertThat(task(run, "left").branch()).isEqualTo("fan.0");
        assertThat(task(run, "right").branch()).isEqualTo("fan.1");
    }

    @Test
    void aFailingStepIsRetriedWithGrowingBackoffThenTakesTheErrorPath() throws Exception {
        var flaky = new FailingStep();
        fixture.register(flaky);
        UUID workflow = fixture.save("""
                {"name": "Retry", "start": "call", "nodes": [
                  {"id": "call", "type": "step", "step": "test.fail",
                   "retry": {"maxAttempts": 3, "initialDelay": "PT0.2S", "multiplier": 2, "maxDelay": "PT5S"},
                   "next": "done", "onError": "apologise"},
                  {"id": "apologise", "type": "step", "step": "note", "input": {"text": "It did not work"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""");

        Run run = fixture.awaitEnd(fixture.runs.start(fixture.manager, workflow, Map.of()).id(), PATIENCE);

        assertThat(run.state()).isEqualTo(Run.State.COMPLETED);
        assertThat(task(run, "call").state()).isEqualTo(RunTask.State.FAILED);
        assertThat(task(run, "call").attempts()).isEqualTo(3);
        assertThat(task(run, "call").failedAttempts()).extracting(RunTask.Attempt::outcome)
                .containsExactly("RETRY", "RETRY", "FAILED");
        assertThat(task(run, "call").failedAttempts()).allSatisfy(a -> assertThat(a.error()).contains("peer said no"));
        assertThat(task(run, "call").error()).contains("The peer said no");
        assertThat(nodes(run)).containsExactly("call", "apologise", "done");
        List<Instant> attempts = flaky.attempts;
        Duration firstGap = Duration.between(attempts.get(0), attempts.get(1));
        Duration secondGap = Duration.between(attempts.get(1), attempts.get(2));
        // Equal jitter: the first wait is 100-200 ms, the second 200-400 ms.
        assertThat(firstGap).isBetween(Duration.ofMillis(90), Duration.ofMillis(1500));
        assertThat(secondGap).isGreaterThanOrEqualTo(Duration.ofMillis(190));
    }

    @Test
    void withoutAnErrorPathTheRunFailsNamingTheStep() throws Exception {
        fixture.register(new FailingStep());
        UUID workflow = fixture.save("""
                {"name": "Fails", "start": "call", "nodes": [
                  {"id": "call", "type": "step", "step": "test.fail", "retry": {"maxAttempts": 1}, "next": "done"},
                  {"id": "done", "type": "end"}]}""");

        Run run = fixture.awaitEnd(fixture.runs.start(fixture.manager, workflow, Map.of()).id(), PATIENCE);

        assertThat(run.state()).isEqualTo(Run.State.FAILED);
        assertThat(run.error()).hasValueSatisfying(e -> assertThat(e).contains("'call'", "1 attempt", "The peer said no"));
    }

    @Test
    void aFailedRunRetriedGoesOnFromWhereItFailedWithFreshAttempts() throws Exception {
        var flaky = new BrokenUntilFixedStep();
        fixture.register(flaky);
        fixture.register(new SleepingStep(Duration.ofMillis(300)));
        UUID workflow = fixture.save("""
                {"name": "Retry later", "start": "fan", "nodes": [
                  {"id": "fan", "type": "parallel", "branches": ["fragile", "slow"]},
                  {"id": "fragile", "type": "step", "step": "test.broken", "next": "both"},
                  {"id": "slow", "type": "step", "step": "test.sleep", "next": "both"},
                  {"id": "both", "type": "join", "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        UUID runId = fixture.runs.start(fixture.manager, workflow, Map.of()).id();
        assertThat(fixture.awaitEnd(runId, PATIENCE).state()).isEqualTo(Run.State.FAILED);
        Thread.sleep(500);

        flaky.fixed = true;
        fixture.runs.retry(fixture.manager, runId);
        Run run = fixture.awaitEnd(runId, PATIENCE);

        assertThat(run.state()).as(run.toString()).isEqualTo(Run.State.COMPLETED);
        assertThat(task(run, "fragile").attempts()).isEqualTo(1);
        assertThat(nodes(run)).contains("both", "done");
        Assertions.assertThatThrownBy(() -> fixture.runs.retry(fixture.manager, runId))
                .hasMessageContaining("Only a failed run");
    }

    @Test
    void aNewVersionDoesNotChangeARunAlreadyStarted() throws Exception {
        UUID workflow = fixture.save(waitThenNote("first version"));
        UUID runId = fixture.runs.start(fixture.manager, workflow, Map.of()).id();
        fixture.workflows.update(fixture.manager, workflow, EngineFixture.parse(waitThenNote("second version")), 1);

        Run run = fixture.awaitEnd(runId, PATIENCE);

        assertThat(run.version()).isEqualTo(1);
        assertThat(task(run, "say").output()).contains(Map.of("text", "first version"));
    }

    @Test
    void aRunWhoseWorkerDiedIsTakenUpAgainWithTheSameIdempotencyKey() throws Exception {
        var ledger = new LedgerStep();
        fixture.register(ledger);
        UUID workflow = fixture.save("""
                {"name": "Book", "start": "book", "nodes": [
                  {"id": "book", "type": "step", "step": "test.ledger", "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        fixture.close();
        // A node that claims the task and dies before finishing it: the start is recorded, the step never ends.
        var crashed = new EngineFixture(database, fixture.tenant, "crashing-node");
        crashed.close();
        UUID runId = crashed.runs.start(crashed.manager, workflow, Map.of()).id();
        var claimed = crashed.engine.store().claim(fixture.tenant, 10, "crashing-node", Duration.ofMinutes(5));
        assertThat(claimed).hasSize(1);
        ledger.book(claimed.get(0).idempotencyKey());

        fixture = new EngineFixture(database, fixture.tenant, "crashing-node");
        fixture.register(ledger);
        Run run = fixture.awaitEnd(runId, PATIENCE);

        assertThat(run.state()).isEqualTo(Run.State.COMPLETED);
        assertThat(task(run, "book").attempts()).isEqualTo(2);
        assertThat(ledger.entries).containsOnlyKeys(claimed.get(0).idempotencyKey());
        assertThat(ledger.calls.get()).as("booked by the dead attempt and once more by the next").isEqualTo(2);
    }

    @Test
    void aRunWhoseStepTypeIsMissingIsParkedAndGoesOnWhenItIsBack() throws Exception {
        var late = new LateStep();
        fixture.register(late);
        UUID workflow = fixture.save("""
                {"name": "Late", "start": "wait", "nodes": [
                  {"id": "wait", "type": "step", "step": "test.late", "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        fixture.steps.removeStep(late);

        UUID runId = fixture.runs.start(fixture.manager, workflow, Map.of()).id();
        awaitTask(runId, "wait", RunTask.State.PARKED);
        assertThat(task(fixture.runs.get(fixture.manager, runId), "wait").error())
                .hasValueSatisfying(e -> assertThat(e).contains("test.late", "not available"));
        fixture.register(late);

        assertThat(fixture.awaitEnd(runId, PATIENCE).state()).isEqualTo(Run.State.COMPLETED);
        assertThat(task(fixture.runs.get(fixture.manager, runId), "wait").attempts()).isEqualTo(1);
    }

    @Test
    void anotherOrganisationCannotReadARun() throws Exception {
        UUID workflow = fixture.save(waitThenNote("mine"));
        UUID runId = fixture.runs.start(fixture.manager, workflow, Map.of()).id();
        var other = new EngineFixture(database, "other-" + UUID.randomUUID());
        try {
            Assertions.assertThatThrownBy(() -> other.runs.get(other.manager, runId))
                    .isInstanceOf(NotFoundException.class);
        } finally {
            other.close();
        }
    }

    private static String waitThenNote(String text) {
        return """
                {"name": "Versioned", "start": "pause", "nodes": [
                  {"id": "pause", "type": "wait", "duration": "PT1S", "next": "say"},
                  {"id": "say", "type": "step", "step": "note", "input": {"text": "%s"}, "next": "done"},
                  {"id": "done", "type": "end"}]}""".formatted(text);
    }

    private void awaitTask(UUID runId, String node, RunTask.State state) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<RunTask> found = fixture.runs.get(fixture.manager, runId).tasks().stream()
                    .filter(t -> t.nodeId().equals(node) && t.state() == state).findFirst();
            if (found.isPresent()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(node + " never became " + state + ": " + fixture.runs.get(fixture.manager, runId));
    }

    private static List<String> nodes(Run run) {
        return run.tasks().stream().map(RunTask::nodeId).toList();
    }

    private static RunTask task(Run run, String node) {
        return run.tasks().stream().filter(t -> t.nodeId().equals(node)).findFirst()
                .orElseThrow(() -> new AssertionError("No task " + node + " in " + run));
    }

    private static StepDescriptor testStep(String type) {
        return new StepDescriptor(type, type, "A test step", "Tests", Map.of("type", "object"), Map.of());
    }

    /** Sleeps and records when each attempt ran. */
    private static final class SleepingStep implements WorkflowStep {
        final List<Instant[]> intervals = new CopyOnWriteArrayList<>();
        private final Duration sleep;

        SleepingStep(Duration sleep) {
            this.sleep = sleep;
        }

        @Override
        public StepDescriptor descriptor() {
            return testStep("test.sleep");
        }

        @Override
        public StepOutcome execute(StepExecution execution) throws InterruptedException {
            Instant start = Instant.now();
            Thread.sleep(sleep.toMillis());
            intervals.add(new Instant[] {start, Instant.now()});
            return StepOutcome.done(Map.of());
        }
    }

    /** Always fails in a way worth retrying, as a peer that is down does. */
    private static final class FailingStep implements WorkflowStep {
        final List<Instant> attempts = new CopyOnWriteArrayList<>();

        @Override
        public StepDescriptor descriptor() {
            return testStep("test.fail");
        }

        @Override
        public StepOutcome execute(StepExecution execution) {
            attempts.add(Instant.now());
            return StepOutcome.failed("The peer said no", true);
        }
    }

    /** An outside system that books each idempotency key once, however often it is asked. */
    private static final class LedgerStep implements WorkflowStep {
        final Map<String, Integer> entries = new ConcurrentHashMap<>();
        final AtomicInteger calls = new AtomicInteger();

        void book(String key) {
            calls.incrementAndGet();
            entries.putIfAbsent(key, entries.size() + 1);
        }

        @Override
        public StepDescriptor descriptor() {
            return testStep("test.ledger");
        }

        @Override
        public StepOutcome execute(StepExecution execution) {
            book(execution.idempotencyKey());
            return StepOutcome.done(Map.of("entry", entries.get(execution.idempotencyKey())));
        }
    }

    /** Fails for good until someone fixes what it depends on. */
    private static final class BrokenUntilFixedStep implements WorkflowStep {
        volatile boolean fixed;

        @Override
        public StepDescriptor descriptor() {
            return testStep("test.broken");
        }

        @Override
        public StepOutcome execute(StepExecution execution) {
            return fixed ? StepOutcome.done(Map.of()) : StepOutcome.failed("The account is locked", false);
        }
    }

    /** A step type that comes later, as a skill enabled after the run started. */
    private static final class LateStep implements WorkflowStep {
        @Override
        public StepDescriptor descriptor() {
            return testStep("test.late");
        }

        @Override
        public StepOutcome execute(StepExecution execution) {
            return StepOutcome.done(Map.of("late", true));
        }
    }
}
