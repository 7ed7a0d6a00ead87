package dev.platina.integration.impl.internal;

import dev.platina.integration.api.PollResult;
import dev.platina.integration.api.PollingSource;
import dev.platina.workflow.api.EventBus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls every registered {@link PollingSource} for every organisation connected to its connector. Each
 * (connection, stream) has its own due time and at most one poll under way, on a pool: a slow or failing source of
 * one organisation holds one thread and never holds up another's. Failing polls back off (twice the interval per
 * failure in a row, at most thirty minutes); the cursor is stored only after the events are published. A source that
 * can watch a connection (IMAP IDLE) gets a poll at the next tick after it reports a change.
 */
@Component(service = PollingScheduler.class, immediate = true)
public final class PollingScheduler {

    static final Duration TICK = Duration.ofSeconds(2);
    static final Duration LONGEST_BACKOFF = Duration.ofMinutes(30);
    private static final int POLLERS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(PollingScheduler.class);

    private record Key(UUID connection, String connector, String stream) {
    }

    private static final class Schedule {
        volatile Instant due;
        int failures;
        volatile boolean running;
        /** The vendor's live watch of the connection as it was connected at {@code watchedSince}, if any. */
        volatile AutoCloseable watch;
        Instant watchedSince;
        final AtomicLong changes = new AtomicLong();

        void changed(Instant now) {
            changes.incrementAndGet();
            due = now;
        }

        Schedule(Instant due) {
            this.due = due;
        }

        void stopWatching() {
            AutoCloseable open = watch;
            watch = null;
            if (open != null) {
                try {
                    open.close();
                } catch (Exception e) {
                    LOG.debug("Closing a watch failed: {}", e.toString());
                }
            }
        }
    }

    private final Connections connections;
    private final EventBus bus;
    private final InboundEvents events;
    private final PollCursors cursors;
    private final Clock clock;
    private final Map<Key, Schedule> schedules = new ConcurrentHashMap<>();
    private ScheduledExecutorService ticker;
    private ExecutorService pollers;

    @Activate
    public PollingScheduler(@Reference Connections connections, @Reference EventBus bus) {
        this(connections, bus, Clock.systemUTC());
        start();
    }

    PollingScheduler(Connections connections, EventBus bus, Clock clock) {
        this.connections = connections;
        this.bus = bus;
        this.events = new InboundEvents(connections.transactions(), bus);
        this.cursors = new PollCursors(connections.transactions());
        this.clock = clock;
    }

    EventBus bus() {
        return bus;
    }

    void start() {
        pollers = Executors.newFixedThreadPool(POLLERS, runnable -> {
            Thread thread = new Thread(runnable, "platina-integration-poller");
            thread.setDaemon(true);
            return thread;
        });
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "platina-integration-poll-ticker");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                LOG.warn("Could not look for due polls; trying again shortly: {}", e.toString());
            }
        }, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void stop() {
        schedules.values().forEach(Schedule::stopWatching);
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (pollers != null) {
            pollers.shutdownNow();
        }
    }

    /** Hands every due poll to the pool. */
    void tick() {
        List<PollingSource> sources = connections.registry().pollingSources();
        if (sources.isEmpty()) {
            forgetSchedules(key -> true);
            return;
        }
        List<ConnectionRow> rows = connections.transactions().withoutTenant(ConnectionStore::all);
        Instant now = clock.instant();
        for (PollingSource source : sources) {
            for (ConnectionRow row : rows) {
                if (!row.connector().equals(source.connectorId())) {
                    continue;
                }
                Schedule schedule = schedules.computeIfAbsent(new Key(row.id(), row.connector(), source.stream()),
                        key -> new Schedule(now));
                if (schedule.watch != null && !row.connectedAt().equals(schedule.watchedSince)) {
                    schedule.stopWatching(); // reconnected with other credentials: the next poll watches anew
                }
                if (!schedule.running && !now.isBefore(schedule.due)) {
                    schedule.running = true;
                    pollers.execute(() -> {
                        try {
                            pollAndReschedule(source, row, schedule);
                        } finally {
                            schedule.running = false;
                        }
                    });
                }
            }
        }
        forgetSchedules(key -> rows.stream().noneMatch(r -> r.id().equals(key.connection()))
                || sources.stream().noneMatch(s -> s.connectorId().equals(key.connector())
                        && s.stream().equals(key.stream())));
    }

    private void forgetSchedules(Predicate<Key> gone) {
        schedules.entrySet().removeIf(entry -> {
            if (gone.test(entry.getKey())) {
                entry.getValue().stopWatching();
                return true;
            }
            return false;
        });
    }

    private void pollAndReschedule(PollingSource source, ConnectionRow row, Schedule schedule) {
        long changesBefore = schedule.changes.get();
        StoredConnection connection;
        try {
            connection = connections.open(row);
        } catch (RuntimeException e) {
            // Secrets sealed under another master key cannot be opened; retrying every tick would only fill the log.
            LOG.warn("Cannot open the {} connection {} to poll it; trying again in {}: {}", row.connector(),
                    row.id(), LONGEST_BACKOFF, e.getMessage());
            schedule.due = clock.instant().plus(LONGEST_BACKOFF);
            return;
        }
        boolean ok = pollOnce(source, row, connection);
        schedule.failures = ok ? 0 : schedule.failures + 1;
        if (ok && schedule.watch == null) {
            startWatching(source, row, connection, schedule);
        }
        Duration wait = source.interval();
        for (int i = 0; i < schedule.failures && wait.compareTo(LONGEST_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        Instant next = clock.instant().plus(wait.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : wait);
        // A change the watch reported while this poll ran may have come after the poll read: poll again at once.
        schedule.due = schedule.changes.get() != changesBefore ? clock.instant() : next;
    }

    private void startWatching(PollingSource source, ConnectionRow row, StoredConnection connection,
            Schedule schedule) {
        try {
            Optional<AutoCloseable> watch = source.watch(connection,
                    () -> schedule.changed(clock.instant()));
            schedule.watchedSince = row.connectedAt();
            schedule.watch = watch.orElse(null);
        } catch (Exception e) {
            LOG.info("Could not watch {} of {} for changes; polling every {} and trying again after the next poll:"
                    + " {}", source.stream(), row.connector(), source.interval(), e.toString());
        }
    }

    /** One poll of one stream of one connection; false when it failed (recorded on the connection). */
    boolean pollOnce(PollingSource source, ConnectionRow row) {
        return pollOnce(source, row, connections.open(row));
    }

    private boolean pollOnce(PollingSource source, ConnectionRow row, StoredConnection connection) {
        String vendor = connections.registry().vendorName(row.connector());
        try {
            Optional<String> cursor = cursors.get(row.organization(), row.id(), source.stream());
            PollResult result = source.poll(connection, cursor);
            if (result == null) {
                throw new IllegalStateException("the poll gave no result");
            }
            events.publish(connection, result.events());
            result.nextCursor().ifPresent(next -> cursors.put(row.organization(), row.id(), source.stream(), next));
            if (row.state() != dev.platina.integration.api.ConnectionState.CONNECTED) {
                connection.healthy();
            }
            return true;
        } catch (Exception e) {
            connection.failed("Reading " + source.stream() + " from " + vendor + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return false;
        }
    }
}
