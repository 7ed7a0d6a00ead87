package dev.platina.workflow.engine.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.identity.api.AuthenticationService;
import dev.platina.workflow.api.ApprovalListener;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
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

    /** Outbox deliveries at the same time on this node. */
    static final int RELAY_DELIVERERS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowEngine.class);

    private final TaskStore store;
    private final TaskRunner runner;
    private final RunHistory history;
    private final ApprovalDesk approvals;
    private final ExecutorService notices;
    private final Definitions definitions = new Definitions();
    private final TriggeredStarts starts;
    private final ExecutorService workers;
    private final ExecutorService stepThreads;
    private final Dispatcher dispatcher;
    private final Thread dispatcherThread;
    private final OutboxStore outbox;
    private final ChannelRegistry channels;
    private final ExecutorService deliverers;
    private final OutboxRelay relay;
    private final Thread relayThread;

    @Activate
    public WorkflowEngine(@Reference TenantTransactions transactions,
            @Reference(target = PersistenceUnitDefaults.DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference StepRegistry steps, @Reference ChannelRegistry channels,
            @Reference AuthenticationService identity, @Reference AuditLog audit, EngineConfiguration config) {
        var json = new Json();
        this.store = new TaskStore(transactions, json);
        this.history = new RunHistory(store, json);
        this.notices = Executors.newSingleThreadExecutor(threads("platina-approval-notices"));
        this.approvals = new ApprovalDesk(new ApprovalStore(transactions, json), store, definitions, audit, notices);
        int workerCount = Math.max(1, config.workers());
        this.workers = Executors.newFixedThreadPool(workerCount, threads("platina-workflow-worker"));
        this.stepThreads = Executors.newCachedThreadPool(threads("platina-workflow-step"));
        this.outbox = new OutboxStore(transactions, json);
        this.channels = channels;
        this.runner = new TaskRunner(store, definitions, steps, identity, new StepThreads(stepThreads), approvals,
                outbox, BASE_LEASE.plusSeconds(Math.max(0, config.leaseGraceSeconds())));
        approvals.useRunner(runner);
        this.starts = new TriggeredStarts(store, runner, definitions);
        String node = config.nodeName().isBlank() ? System.getProperty("karaf.name", "platina") : config.nodeName();
        this.deliverers = Executors.newFixedThreadPool(RELAY_DELIVERERS, threads("platina-outbox-delivery"));
        this.relay = new OutboxRelay(outbox, channels, deliverers, RELAY_DELIVERERS,
                Duration.ofSeconds(Math.max(1, config.maxIdleSeconds())), node);
        this.dispatcher = new Dispatcher(store, runner, dataSource, workers, workerCount,
                Math.max(1, config.tasksPerOrganisationPerRound()),
                BASE_LEASE.plusSeconds(Math.max(0, config.leaseGraceSeconds())),
                Duration.ofSeconds(Math.max(1, config.maxIdleSeconds())), node, () -> {
                    resumeParked(steps);
                    approvals.expireDue();
                }, relay::wake, new Schedules(store, starts, Clock.systemUTC()));
        this.dispatcherThread = threads("platina-workflow-dispatcher").newThread(dispatcher);
        dispatcherThread.start();
        this.relayThread = threads("platina-outbox-relay").newThread(relay);
        relayThread.start();
        channels.whenAdded(name -> {
            try {
                outbox.channelArrived(name);
            } catch (RuntimeException e) {
                LOG.warn("Messages waiting for the outbox channel '{}' go out on their next retry: {}", name,
                        e.toString());
            }
        });
        LOG.info("Workflow engine started on node '{}' with {} workers", node, workerCount);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addApprovalListener(ApprovalListener listener) {
        approvals.addListener(listener);
    }

    void removeApprovalListener(ApprovalListener listener) {
        approvals.removeListener(listener);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addApprovalOutcomeListener(dev.platina.workflow.api.ApprovalOutcomeListener listener) {
        approvals.addOutcomeListener(listener);
    }

    void removeApprovalOutcomeListener(dev.platina.workflow.api.ApprovalOutcomeListener listener) {
        approvals.removeOutcomeListener(listener);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        dispatcher.stop();
        dispatcherThread.interrupt();
        dispatcherThread.join(TimeUnit.SECONDS.toMillis(10));
        channels.whenAdded(name -> {
        });
        relay.stop();
        relayThread.interrupt();
        relayThread.join(TimeUnit.SECONDS.toMillis(10));
        deliverers.shutdownNow();
        notices.shutdownNow();
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

    RunHistory history() {
        return history;
    }

    TaskRunner runner() {
        return runner;
    }

    OutboxStore outbox() {
        return outbox;
    }

    ApprovalDesk approvals() {
        return approvals;
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
