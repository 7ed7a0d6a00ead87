package dev.platina.skill.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** IMAP IDLE on a real server (GreenMail): new mail is reported without waiting for the next poll. */
class InboxWatchTest {

    /** Short enough that a test sees several IDLEs ended and issued again. */
    private static final WatchTiming QUICK = new WatchTiming(Duration.ofMillis(700), Duration.ofMillis(200),
            Duration.ofSeconds(1));

    private MailServers servers;
    private InboxPolling inbox;
    private final Semaphore changes = new Semaphore(0);

    @BeforeEach
    void start() {
        servers = new MailServers();
        inbox = new InboxPolling(QUICK, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        inbox.stop();
        servers.close();
    }

    @Test
    void mailArrivingWhileIdlingIsReportedAtOnce() throws Exception {
        Optional<AutoCloseable> watch = inbox.watch(MailboxConnection.of(servers.fields()), changes::release);
        assertThat(watch).isPresent();
        openedAndQuiet();

        servers.arrives(InboxPollingTest.plain("<idle-1@example.com>", "While idling"));

        assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        watch.get().close();
    }

    @Test
    void theIdleIsIssuedAgainAfterEachRefreshAndStillReports() throws Exception {
        AutoCloseable watch = inbox.watch(MailboxConnection.of(servers.fields()), changes::release).orElseThrow();
        openedAndQuiet();
        Thread.sleep(QUICK.refresh().toMillis() * 4);
        assertThat(changes.availablePermits()).isZero();

        servers.arrives(InboxPollingTest.plain("<idle-2@example.com>", "After refreshes"));
        assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        servers.arrives(InboxPollingTest.plain("<idle-3@example.com>", "And another"));
        assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        watch.close();
    }

    @Test
    void afterTheServerWasAwayTheWatchReconnectsAndReportsAgain() throws Exception {
        AutoCloseable watch = inbox.watch(MailboxConnection.of(servers.fields()), changes::release).orElseThrow();
        openedAndQuiet();
        servers.goDown();
        Thread.sleep(500);
        servers.comeBack();

        // Back in: it reports once on reconnecting (mail may have come meanwhile), then for new mail.
        openedAndQuiet();
        servers.arrives(InboxPollingTest.plain("<idle-4@example.com>", "After the outage"));
        assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        watch.close();
    }

    @Test
    void closingStopsTheThreadAndNothingIsReportedAfterwards() throws Exception {
        InboxWatch watch = (InboxWatch) inbox.watch(MailboxConnection.of(servers.fields()), changes::release)
                .orElseThrow();

        watch.close();

        assertThat(watch.running()).isFalse();
        changes.drainPermits();
        servers.arrives(InboxPollingTest.plain("<idle-5@example.com>", "Too late"));
        assertThat(changes.tryAcquire(2, TimeUnit.SECONDS)).isFalse();
    }

    /** The report every opening of the folder makes, and then quiet while no mail comes. */
    private void openedAndQuiet() throws InterruptedException {
        assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(300);
        assertThat(changes.availablePermits()).isZero();
    }
}
