package dev.platina.skill.email.internal;

import dev.platina.integration.api.Connection;
import dev.platina.integration.api.PollResult;
import dev.platina.integration.api.PolledStream;
import dev.platina.integration.api.PollingSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The watched folder as the stream {@code inbox}: new mail becomes {@code email.received} events, read by UID from
 * the cursor {@code <UIDVALIDITY>:<last UID>}. IMAP IDLE ({@link #watch}) tells the kit when mail arrives, so the
 * five-minute interval is only the fallback for servers without IDLE and for times the watch is reconnecting.
 */
@Component(service = PollingSource.class)
public final class InboxPolling extends PolledStream {

    static final String STREAM = "inbox";
    static final Duration INTERVAL = Duration.ofMinutes(5);

    private final InboxReader reader;
    private final WatchTiming timing;
    private final ScheduledExecutorService refresher;
    private final Map<UUID, InboxWatch> watches = new ConcurrentHashMap<>();

    @Activate
    public InboxPolling() {
        this(WatchTiming.DEFAULT, Clock.systemUTC());
    }

    InboxPolling(WatchTiming timing, Clock clock) {
        super(EmailConnector.ID, STREAM, INTERVAL);
        this.reader = new InboxReader(clock);
        this.timing = timing;
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "platina-email-idle-refresh");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public PollResult poll(Connection connection, Optional<String> cursor) throws Exception {
        InboxReader.Read read = reader.read(MailAccount.of(connection), cursor);
        if (read.more()) {
            // A change reported while the kit polls makes it poll again at once: the backlog need not wait for IDLE.
            Optional.ofNullable(watches.get(connection.id())).ifPresent(InboxWatch::tell);
        }
        return read.result();
    }

    /**
     * Watches the folder with IMAP IDLE until the handle is closed; empty when the server cannot IDLE.
     *
     * @throws Exception when the server cannot be reached or refuses the login
     */
    @Override
    public Optional<AutoCloseable> watch(Connection connection, Runnable changed) throws Exception {
        UUID id = connection.id();
        Optional<InboxWatch> watch = InboxWatch.start(MailAccount.of(connection), changed, timing, refresher,
                closed -> watches.remove(id, closed));
        watch.ifPresent(opened -> Optional.ofNullable(watches.put(id, opened)).ifPresent(InboxWatch::close));
        return watch.map(AutoCloseable.class::cast);
    }

    /** How many watches are open, for tests. */
    int watching() {
        return watches.size();
    }

    /** Ends every watch still open when the bundle stops, so no thread or connection outlives it. */
    @Deactivate
    void stop() {
        for (InboxWatch watch : new ArrayList<>(watches.values())) {
            watch.close();
        }
        refresher.shutdownNow();
    }
}
