package dev.platina.workflow.engine.internal;

import dev.platina.persistence.api.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands ready tasks to a bounded pool of workers. It sleeps on PostgreSQL's LISTEN until a transaction that made
 * work ready commits its NOTIFY, or until the next delayed task is due; it does not poll the table. Each round it
 * takes a few tasks of each organisation in turn, starting with a different one every round, so one busy
 * organisation cannot starve the others. It also fires due schedules: it sleeps no longer than until the next one
 * is due, and looks at them again when a save notifies that schedules changed.
 */
final class Dispatcher implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final TaskStore store;
    private final TaskRunner runner;
    private final DataSource dataSource;
    private final ExecutorService workers;
    private final Semaphore free;
    private final int perOrganisation;
    private final Duration lease;
    private final Duration maxIdle;
    private final String owner;
    private final Runnable housekeeping;
    private final Runnable outboxNotice;
    private final Schedules schedules;
    private final Object wake = new Object();
    private volatile boolean running = true;
    private int round;
    private Instant lastHousekeeping = Instant.now();
    private boolean schedulesChanged = true;
    private Instant nextFire;

    Dispatcher(TaskStore store, TaskRunner runner, DataSource dataSource, ExecutorService workers, int workerCount,
            int perOrganisation, Duration lease, Duration maxIdle, String owner, Runnable housekeeping,
            Runnable outboxNotice, Schedules schedules) {
        this.store = store;
        this.runner = runner;
        this.dataSource = dataSource;
        this.workers = workers;
        this.free = new Semaphore(workerCount);
        this.perOrganisation = perOrganisation;
        this.lease = lease;
        this.maxIdle = maxIdle;
        this.owner = owner;
        this.housekeeping = housekeeping;
        this.outboxNotice = outboxNotice;
        this.schedules = schedules;
    }

    void stop() {
        running = false;
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    @Override
    public void run() {
        boolean recovered = false;
        while (running) {
            try (Connection listening = dataSource.getConnection()) {
                if (!recovered) {
                    int released = store.releaseAbandoned(owner);
                    if (released > 0) {
                        LOG.info("Took up {} workflow task(s) that were running when this node last stopped",
                                released);
                    }
                    recovered = true;
                }
                listening.setAutoCommit(true);
                try (Statement listen = listening.createStatement()) {
                    listen.execute("LISTEN " + TaskStore.CHANNEL);
                    listen.execute("LISTEN " + OutboxStore.CHANNEL);
                }
                PGConnection notifications = listening.unwrap(PGConnection.class);
                loop(notifications);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("The workflow dispatcher lost its database connection; retrying in a second: {}",
                            e.toString());
                    if (!Pauses.sleep(Duration.ofSeconds(1))) {
                        running = false;
                    }
                }
            }
        }
    }

    private void loop(PGConnection notifications) throws SQLException {
        while (running) {
            heard(notifications.getNotifications());
            fireSchedules();
            int claimed = dispatchRound();
            if (claimed > 0 && free.availablePermits() > 0) {
                continue;
            }
            if (free.availablePermits() == 0) {
                // Every worker is busy: wait for one to finish rather than for the database.
                synchronized (wake) {
                    if (!Pauses.waitOn(wake, maxIdle.toMillis())) {
                        running = false;
                    }
                }
                continue;
            }
            long idle = maxIdle.toMillis();
            Instant next = store.nextReadyAt().orElse(null);
            if (next != null) {
                idle = Math.max(1, Math.min(idle, Duration.between(Instant.now(), next).toMillis()));
            }
            if (nextFire != null) {
                idle = Math.max(1, Math.min(idle, Duration.between(Instant.now(), nextFire).toMillis()));
            }
            heard(notifications.getNotifications((int) idle));
            if (running && Duration.between(lastHousekeeping, Instant.now()).compareTo(maxIdle) >= 0) {
                // Leases that ran out on a crashed node, parked tasks whose step type came back, and schedules
                // changed while this node was reconnecting (it missed their notification).
                lastHousekeeping = Instant.now();
                schedulesChanged = true;
                store.releaseAbandoned("");
                housekeeping.run();
            }
        }
    }

    /** Notes changed schedules, and wakes the outbox relay when a transaction committed outbox messages. */
    private void heard(PGNotification[] received) {
        if (received == null) {
            return;
        }
        boolean outboxMessages = false;
        for (PGNotification notification : received) {
            schedulesChanged |= TaskStore.SCHEDULES_CHANGED.equals(notification.getParameter());
            outboxMessages |= notification.getName().equals(OutboxStore.CHANNEL);
        }
        if (outboxMessages) {
            outboxNotice.run();
        }
    }

    private void fireSchedules() {
        if (schedulesChanged || nextFire != null && !Instant.now().isBefore(nextFire)) {
            schedulesChanged = false;
            nextFire = schedules.fireDue().orElse(null);
        }
    }

    private int dispatchRound() {
        List<TenantId> tenants = new ArrayList<>(store.tenantsWithReadyWork());
        if (tenants.isEmpty()) {
            return 0;
        }
        java.util.Collections.rotate(tenants, round++ % tenants.size());
        int claimed = 0;
        for (TenantId tenant : tenants) {
            int wanted = Math.min(perOrganisation, free.availablePermits());
            if (wanted == 0) {
                break;
            }
            for (ClaimedTask task : store.claim(tenant, wanted, owner, lease)) {
                free.acquireUninterruptibly();
                claimed++;
                workers.execute(() -> {
                    ClaimedTask current = task;
                    try {
                        // The worker goes on with the next tasks it leased for itself while finishing each one.
                        Optional<TaskRunner.Continuation> next = runner.run(task);
                        while (next.isPresent()) {
                            current = next.get().task();
                            next = runner.run(next.get());
                        }
                    } catch (RuntimeException e) {
                        // The lease runs out and the task is taken up again; a bug must not stop the engine.
                        LOG.error("Workflow task {} ({}) of run {} failed in the engine", current.id(),
                                current.nodeId(), current.runId(), e);
                    } finally {
                        free.release();
                        synchronized (wake) {
                            wake.notifyAll();
                        }
                    }
                });
            }
        }
        return claimed;
    }
}
