package dev.platina.workflow.engine.internal;

import dev.platina.identity.api.AuthenticationService;
import dev.platina.persistence.api.PersistenceUnitDefaults;
import dev.platina.persistence.api.TenantTransactions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the workflow tasks of every organisation on this node: a dispatcher thread, a bounded pool of workers, and
 * a separate pool for the steps themselves so a step that overruns its timeout can be abandoned.
 */
@Component(service = WorkflowEngine.class, immediate = true, configurationPid = EngineConfiguration.PID)
@Designate(ocd = EngineConfiguration.class)
public final class WorkflowEngine {

    /** How long a claimed task is held before its step is known; steps with longer timeouts extend it. */
    static final Duration BASE_LEASE = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowEngine.class);

    private final TaskStore store;
    private final TaskRunner runner;
    private final Definitions definitions = new Definitions();
    private final TriggeredStarts starts;
    private final ExecutorService workers;
    private final ExecutorService stepThreads;
    private final Dispatcher dispatcher;
    private final Thread dispatcherThread;

    @Activate
    public WorkflowEngine(@Reference TenantTransactions transactions,
            @Reference(target = PersistenceUnitDefaults.DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference StepRegistry steps, @Reference AuthenticationService identity, EngineConfiguration config) {
        this.store = new TaskStore(transactions, new Json());
        int workerCount = Math.max(1, config.workers());
        this.workers = Executors.newFixedThreadPool(workerCount, threads("platina-workflow-worker"));
        this.stepThreads = Executors.newCachedThreadPool(threads("platina-workflow-step"));
        this.runner = new TaskRunner(store, definitions, steps, identity, stepThreads);
        this.starts = new TriggeredStarts(store, runner, definitions);
        String node = config.nodeName().isBlank() ? System.getProperty("karaf.name", "platina") : config.nodeName();
        this.dispatcher = new Dispatcher(store, runner, dataSource, workers, workerCount,
                Math.max(1, config.tasksPerOrganisationPerRound()),
                BASE_LEASE.plusSeconds(Math.max(0, config.leaseGraceSeconds())),
                Duration.ofSeconds(Math.max(1, config.maxIdleSeconds())), node, () -> resumeParked(steps),
                new Schedules(store, starts, Clock.systemUTC()));
        this.dispatcherThread = threads("platina-workflow-dispatcher").newThread(dispatcher);
        dispatcherThread.start();
        LOG.info("Workflow engine started on node '{}' with {} workers", node, workerCount);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        dispatcher.stop();
        dispatcherThread.interrupt();
        dispatcherThread.join(TimeUnit.SECONDS.toMillis(10));
        workers.shutdown();
        stepThreads.shutdownNow();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            // Tasks still running keep their lease; this node takes them up again when it starts.
            workers.shutdownNow();
        }
    }

    TaskStore store() {
        return store;
    }

    TaskRunner runner() {
        return runner;
    }

    /** Starts runs for events, schedules and webhooks. */
    TriggeredStarts starts() {
        return starts;
    }

    /** Parsed workflow versions, shared by the runner and the run service. */
    Definitions definitions() {
        return definitions;
    }

    private void resumeParked(StepRegistry steps) {
        for (TaskStore.Parked parked : store.parked()) {
            String type = parked.waitingFor().substring("step:".length());
            if (steps.availableTo(parked.tenant(), type)) {
                int resumed = store.unpark(parked);
                LOG.info("Step type '{}' is back: {} parked task(s) resume", type, resumed);
            }
        }
    }

    private static ThreadFactory threads(String name) {
        var counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
