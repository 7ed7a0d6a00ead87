package dev.platina.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Durable step executions per second of the workflow engine, and the latency from "step ready" to "step started",
 * measured on a running platform through its REST API as the operator.
 *
 * <p>It saves a workflow that is a chain of N {@code data.set} steps and an end node; every step is one task that
 * the engine claims (a transaction), runs and finishes together with inserting the next task (a second
 * transaction, committed to PostgreSQL before the next step can start). All figures come from the task time stamps
 * the engine wrote ({@code createdAt}: the next task is inserted ready by the commit of the previous one, at that
 * transaction's {@code now()}; {@code startedAt}: when a worker claimed it; {@code finishedAt}), read back from
 * {@code GET /api/v1/runs/{id}} after each phase, so the client's own polling does not enter the figures.
 *
 * <ol>
 * <li>Warm-up: a few runs, not measured.
 * <li>Saturation: R runs started as fast as C client threads can, then waited for; throughput = step tasks /
 * (last step finishedAt - first step createdAt). Here the API's starts (sign-in check, audit, insert) share the
 * two cores with the engine and can be what limits it.
 * <li>Backlog: R runs of the same chain behind a {@code wait} node that holds them all until one moment, so the
 * engine alone is measured: every run becomes ready at once and the step tasks are counted from then.
 * <li>Half load: runs started at a fixed rate of about half the higher of the two throughputs (in steps/s, or
 * {@code --rate}) for {@code --seconds}; ready->started p50/p95/p99/max over the step tasks.
 * </ol>
 *
 * <pre>java -cp benchmarks.jar dev.platina.benchmarks.WorkflowThroughput ORIGIN ORGANIZATION USER PASSWORD
 *     [--runs 500] [--steps 20] [--concurrency 4] [--warmup 50] [--seconds 25] [--rate STEPS_PER_SECOND]</pre>
 */
public final class WorkflowThroughput {

    private static final double TARGET_STEPS_PER_SECOND = 1_000;
    private static final double TARGET_P99_MILLIS = 25;
    private static final Pattern STEP_NODE = Pattern.compile("s\\d+");
    private static final long STALL_MILLIS = 120_000;
    private static final long POLL_MILLIS = 250;

    private final PlatformClient api;
    private final int steps;
    private final int concurrency;
    private String workflowId;
    private String gatedWorkflowId;

    private WorkflowThroughput(PlatformClient api, int steps, int concurrency) {
        this.api = api;
        this.steps = steps;
        this.concurrency = concurrency;
    }

    /** One task of a run, as the engine recorded it. */
    record Task(String runId, String node, Instant created, Instant started, Instant finished) {

        boolean step() {
            return STEP_NODE.matcher(node).matches();
        }

        double readyToStartedMillis() {
            return Duration.between(created, started).toNanos() / 1e6;
        }
    }

    /** What one phase produced: its runs' tasks and how the runs ended. */
    record Phase(String name, int runs, List<Task> tasks, Map<String, Integer> endStates, double clientSeconds) {

        List<Task> stepTasks() {
            return tasks.stream().filter(Task::step).toList();
        }

        /** Step tasks per second from the first step becoming ready to the last one finishing. */
        double stepsPerSecond() {
            List<Task> done = stepTasks();
            Instant first = done.stream().map(Task::created).min(Instant::compareTo).orElseThrow();
            Instant last = done.stream().map(Task::finished).max(Instant::compareTo).orElseThrow();
            return done.size() / (Duration.between(first, last).toNanos() / 1e9);
        }

        /** Every task the engine committed (steps, end nodes, released gates) per second over the same window. */
        double tasksPerSecond() {
            Instant first = stepTasks().stream().map(Task::created).min(Instant::compareTo).orElseThrow();
            Instant last = tasks.stream().map(Task::finished).max(Instant::compareTo).orElseThrow();
            long inWindow = tasks.stream().filter(t -> !t.finished().isBefore(first)).count();
            return inWindow / (Duration.between(first, last).toNanos() / 1e9);
        }

        double windowSeconds() {
            List<Task> done = stepTasks();
            Instant first = done.stream().map(Task::created).min(Instant::compareTo).orElseThrow();
            Instant last = done.stream().map(Task::finished).max(Instant::compareTo).orElseThrow();
            return Duration.between(first, last).toNanos() / 1e9;
        }

        double[] latencies() {
            return stepTasks().stream().mapToDouble(Task::readyToStartedMillis).sorted().toArray();
        }

        /**
         * Ready->started of each run's first step only: the tasks a worker claimed through the dispatcher rather
         * than leased while finishing the task before (which start in the transaction that made them ready).
         */
        double[] dispatchedLatencies() {
            return stepTasks().stream().filter(t -> t.node().equals("s1")).mapToDouble(Task::readyToStartedMillis)
                    .sorted().toArray();
        }

        /** Started -> finished of a step: the worker's share (load, step, commit with the next task). */
        double[] runTimes() {
            return stepTasks().stream().mapToDouble(t -> Duration.between(t.started(), t.finished()).toNanos() / 1e6)
                    .sorted().toArray();
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() < 4) {
            System.err.println("usage: WorkflowThroughput ORIGIN ORGANIZATION USER PASSWORD [--runs 500] [--steps 20]"
                    + " [--concurrency 4] [--warmup 50] [--seconds 25] [--rate STEPS_PER_SECOND]");
            System.exit(2);
        }
        int runs = Integer.parseInt(options.getOrDefault("runs", "500"));
        int steps = Integer.parseInt(options.getOrDefault("steps", "20"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "4"));
        int warmUp = Integer.parseInt(options.getOrDefault("warmup", "50"));
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "25"));

        var bench = new WorkflowThroughput(
                PlatformClient.signIn(positional.get(0), positional.get(1), positional.get(2), positional.get(3)),
                steps, concurrency);
        bench.workflowId = bench.saveChain(false);
        System.out.printf("Workflow %s: a chain of %d data.set steps and an end node; %d client threads%n",
                bench.workflowId, steps, concurrency);

        Phase warm = bench.saturate("warm-up", warmUp);
        System.out.printf("warm-up: %d runs, %.0f steps/s%n%n", warmUp, warm.stepsPerSecond());

        Phase saturation = bench.saturate("saturation", runs);
        print(saturation);

        bench.gatedWorkflowId = bench.saveChain(true);
        Phase backlog = bench.backlog("backlog", runs, warm);
        print(backlog);

        double rate = options.containsKey("rate") ? Double.parseDouble(options.get("rate"))
                : Math.max(saturation.stepsPerSecond(), backlog.stepsPerSecond()) / 2;
        Phase half = bench.atRate("half load", rate, seconds);
        print(half);

        double[] latencies = half.latencies();
        double throughput = Math.max(saturation.stepsPerSecond(), backlog.stepsPerSecond());
        double p99 = percentile(latencies, 99);
        boolean failures = saturation.endStates().keySet().stream().anyMatch(s -> !s.equals("COMPLETED"))
                || half.endStates().keySet().stream().anyMatch(s -> !s.equals("COMPLETED"))
                || backlog.endStates().keySet().stream().anyMatch(s -> !s.equals("COMPLETED"));
        System.out.printf("%nVERDICT throughput %s: %.0f durable steps/s at saturation or backlog (target >= %.0f, one commit"
                + " per step); latency %s: ready->started p50 %.1f / p95 %.1f / p99 %.1f / max %.1f ms at %.0f"
                + " steps/s offered, %.0f achieved (target p99 < %.0f ms at %.0f steps/s)%s%s%n",
                throughput >= TARGET_STEPS_PER_SECOND ? "MET" : "NOT MET", throughput, TARGET_STEPS_PER_SECOND,
                p99 < TARGET_P99_MILLIS && rate >= TARGET_STEPS_PER_SECOND / 2 ? "MET"
                        : p99 < TARGET_P99_MILLIS ? "MET ONLY AT A LOWER LOAD" : "NOT MET",
                percentile(latencies, 50), percentile(latencies, 95), p99, percentile(latencies, 100), rate,
                half.stepsPerSecond(), TARGET_P99_MILLIS, TARGET_STEPS_PER_SECOND / 2,
                rate < TARGET_STEPS_PER_SECOND / 2 ? " (half of this node's saturation is below the target's load)"
                        : "",
                failures ? "; SOME RUNS DID NOT COMPLETE" : "");
    }

    /**
     * Saves the chain s1 -> s2 -> ... -> sN -> done, behind a wait until {@code input.releaseAt} when
     * {@code gated}; returns the workflow's id.
     */
    private String saveChain(boolean gated) throws Exception {
        List<Map<String, Object>> nodes = new ArrayList<>();
        if (gated) {
            nodes.add(Map.of("id", "gate", "type", "wait", "until", "input.releaseAt", "next", "s1"));
        }
        for (int i = 1; i <= steps; i++) {
            nodes.add(Map.of("id", "s" + i, "type", "step", "step", "data.set", "input", Map.of("n", i),
                    "next", i == steps ? "done" : "s" + (i + 1)));
        }
        nodes.add(Map.of("id", "done", "type", "end"));
        Map<String, Object> definition = Map.of("name", "Throughput chain " + steps + (gated ? " gated " : " ")
                + Instant.now(), "start", gated ? "gate" : "s1", "nodes", nodes);
        return (String) api.send("POST", "/v1/workflows", definition).expect(201).get("id");
    }

    private String startRun() throws Exception {
        return (String) api.send("POST", "/v1/workflows/" + workflowId + "/runs", Map.of()).expect(201).get("id");
    }

    /**
     * Starts {@code runs} runs of the gated chain, all held until one moment far enough ahead for every start to be
     * in (judged from the warm-up's pace), then waits until all have ended.
     */
    private Phase backlog(String name, int runs, Phase warm) throws Exception {
        double startsPerSecond = Math.max(5, warm.runs() / warm.clientSeconds());
        Instant releaseAt = Instant.now().plusMillis((long) (runs / startsPerSecond * 2000) + 3000);
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<String>> started = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                started.add(clients.submit(() -> (String) api.send("POST", "/v1/workflows/" + gatedWorkflowId
                        + "/runs", Map.of("releaseAt", releaseAt.toString())).expect(201).get("id")));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> run : started) {
                ids.add(run.get());
            }
            Instant allStarted = Instant.now();
            System.out.printf("%s: %d runs started and held until %s (%s)%n", name, runs, releaseAt,
                    allStarted.isBefore(releaseAt) ? "all in " + Duration.between(allStarted, releaseAt).toMillis()
                            + " ms before" : "NOT all in before: the figure includes starts");
            long start = System.nanoTime();
            Map<String, Integer> ends = awaitAll(ids);
            return new Phase(name, runs, histories(ids, clients), ends, (System.nanoTime() - start) / 1e9);
        } finally {
            clients.shutdownNow();
        }
    }

    /** Starts {@code runs} runs as fast as the client threads can and waits until all have ended. */
    private Phase saturate(String name, int runs) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        try {
            long start = System.nanoTime();
            List<Future<String>> started = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                started.add(clients.submit(this::startRun));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> run : started) {
                ids.add(run.get());
            }
            double startSeconds = (System.nanoTime() - start) / 1e9;
            Map<String, Integer> ends = awaitAll(ids);
            double clientSeconds = (System.nanoTime() - start) / 1e9;
            if (!name.equals("warm-up")) {
                System.out.printf("%s: %d runs started in %.1f s (%.0f runs/s), all ended %.1f s after the first"
                        + " start (client clock)%n", name, runs, startSeconds, runs / startSeconds, clientSeconds);
            }
            return new Phase(name, runs, histories(ids, clients), ends, clientSeconds);
        } finally {
            clients.shutdownNow();
        }
    }

    /** Starts runs on a fixed schedule so that about {@code stepsPerSecond} steps become ready per second. */
    private Phase atRate(String name, double stepsPerSecond, double seconds) throws Exception {
        double runsPerSecond = stepsPerSecond / steps;
        int runs = Math.max(1, (int) Math.round(runsPerSecond * seconds));
        long interval = (long) (1e9 / runsPerSecond);
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        List<Future<String>> started = new ArrayList<>();
        long maxLateNanos = 0;
        try {
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } else {
                    maxLateNanos = Math.max(maxLateNanos, -wait);
                }
                started.add(clients.submit(this::startRun));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> run : started) {
                ids.add(run.get());
            }
            double startSeconds = (System.nanoTime() - start) / 1e9;
            Map<String, Integer> ends = awaitAll(ids);
            double clientSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %d runs at %.2f runs/s (%.0f steps/s offered) over %.1f s (schedule at most %d ms"
                    + " late), all ended %.1f s after the first start (client clock)%n", name, runs, runsPerSecond,
                    stepsPerSecond, startSeconds, maxLateNanos / 1_000_000, clientSeconds);
            return new Phase(name, runs, histories(ids, clients), ends, clientSeconds);
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * Waits until every run has ended, cheaply: one list of the newest runs (states only) per poll, and the oldest
     * run still open read on its own when the list no longer reaches back to it. Returns the end states counted.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Integer> awaitAll(List<String> ids) throws Exception {
        Set<String> open = new LinkedHashSet<>(ids);
        Map<String, Integer> ends = new ConcurrentHashMap<>();
        long lastProgress = System.currentTimeMillis();
        while (!open.isEmpty()) {
            int before = open.size();
            var items = (List<Map<String, Object>>) api.get("/v1/runs?limit=500").expect(200).get("items");
            Set<String> listed = new java.util.HashSet<>();
            for (Map<String, Object> run : items) {
                String id = (String) run.get("id");
                listed.add(id);
                if (open.contains(id) && !"RUNNING".equals(run.get("state"))) {
                    open.remove(id);
                    ends.merge((String) run.get("state"), 1, Integer::sum);
                }
            }
            while (!open.isEmpty() && !listed.contains(open.iterator().next())) {
                String oldest = open.iterator().next();
                String state = (String) api.get("/v1/runs/" + oldest).expect(200).get("state");
                if ("RUNNING".equals(state)) {
                    break;
                }
                open.remove(oldest);
                ends.merge(state, 1, Integer::sum);
            }
            if (open.size() < before) {
                lastProgress = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - lastProgress > STALL_MILLIS) {
                throw new IllegalStateException(open.size() + " runs made no progress for " + STALL_MILLIS / 1000
                        + " s, e.g. " + open.iterator().next());
            }
            if (!open.isEmpty()) {
                Thread.sleep(POLL_MILLIS);
            }
        }
        return ends;
    }

    /** Reads every run's tasks, after the phase, with the client threads. */
    @SuppressWarnings("unchecked")
    private List<Task> histories(List<String> ids, ExecutorService clients) throws Exception {
        List<Future<List<Task>>> reads = new ArrayList<>();
        for (String id : ids) {
            reads.add(clients.submit(() -> {
                var tasks = (List<Map<String, Object>>) api.get("/v1/runs/" + id).expect(200).get("tasks");
                List<Task> result = new ArrayList<>();
                for (Map<String, Object> task : tasks) {
                    if (task.get("startedAt") == null || task.get("finishedAt") == null) {
                        continue;
                    }
                    result.add(new Task(id, (String) task.get("node"), Instant.parse((String) task.get("createdAt")),
                            Instant.parse((String) task.get("startedAt")),
                            Instant.parse((String) task.get("finishedAt"))));
                }
                return result;
            }));
        }
        List<Task> all = new ArrayList<>();
        for (Future<List<Task>> read : reads) {
            all.addAll(read.get());
        }
        return all;
    }

    private static void print(Phase phase) {
        double[] latencies = phase.latencies();
        double[] runTimes = phase.runTimes();
        System.out.printf("  %d step tasks (+%d other tasks) in %.2f s: %.0f steps/s, %.0f task commits/s"
                + " (steps and end nodes); runs ended: %s%n", phase.stepTasks().size(),
                phase.tasks().size() - phase.stepTasks().size(), phase.windowSeconds(), phase.stepsPerSecond(),
                phase.tasksPerSecond(), phase.endStates());
        System.out.printf("  ready->started  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms%n",
                percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                percentile(latencies, 100));
        double[] dispatched = phase.dispatchedLatencies();
        System.out.printf("  of which each run's first step (claimed through the dispatcher):"
                + " p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms%n", percentile(dispatched, 50),
                percentile(dispatched, 95), percentile(dispatched, 99), percentile(dispatched, 100));
        System.out.printf("  started->done   p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms%n%n",
                percentile(runTimes, 50), percentile(runTimes, 95), percentile(runTimes, 99),
                percentile(runTimes, 100));
    }

    /** Nearest-rank percentile of sorted values; 100 is the maximum. */
    private static double percentile(double[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.min(Math.max(rank - 1, 0), sorted.length - 1)];
    }
}
