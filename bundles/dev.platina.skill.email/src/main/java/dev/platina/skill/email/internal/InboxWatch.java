package dev.platina.skill.email.internal;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an IMAP IDLE open on the watched folder, on a daemon thread of its own, and says "changed" when the server
 * reports more mail (EXISTS), so the kit polls at once instead of at the next interval. A NOOP from the refresher
 * ends each IDLE before the server or the network drops it, and the loop issues the next one. Failures reconnect with
 * a growing pause. Each time the folder is opened it says "changed" once too: mail that came after the kit's last
 * poll and before the folder was open (or while the connection was down) raises no EXISTS of its own.
 */
final class InboxWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWatch.class);

    private final MailAccount account;
    private final Runnable changed;
    private final WatchTiming timing;
    private final ScheduledExecutorService refresher;
    private final Consumer<InboxWatch> closedHook;
    private final Thread thread;
    private volatile boolean closed;
    private volatile IMAPStore store;
    private volatile IMAPFolder folder;

    private InboxWatch(MailAccount account, Runnable changed, WatchTiming timing, ScheduledExecutorService refresher,
            IMAPStore first, Consumer<InboxWatch> closedHook) {
        this.account = account;
        this.changed = changed;
        this.timing = timing;
        this.refresher = refresher;
        this.closedHook = closedHook;
        this.store = first;
        this.thread = new Thread(this::watch, "platina-email-idle-" + account.imap().host());
        thread.setDaemon(true);
    }

    /**
     * Signs in and starts watching, or says the server cannot IDLE (then polling alone keeps up).
     *
     * @throws MessagingException when the server cannot be reached or refuses the login
     */
    static Optional<InboxWatch> start(MailAccount account, Runnable changed, WatchTiming timing,
            ScheduledExecutorService refresher, Consumer<InboxWatch> closedHook) throws Exception {
        IMAPStore first = MailClassLoader.call(() -> MailSessions.imap(account, timing.readTimeout()));
        if (!first.hasCapability("IDLE")) {
            MailClassLoader.call(() -> {
                first.close();
                return null;
            });
            return Optional.empty();
        }
        var watch = new InboxWatch(account, changed, timing, refresher, first, closedHook);
        watch.thread.start();
        return Optional.of(watch);
    }

    private void watch() {
        Thread.currentThread().setContextClassLoader(jakarta.mail.Session.class.getClassLoader());
        long pause = timing.firstBackoff().toMillis();
        while (!closed) {
            ScheduledFuture<?> refreshing = null;
            try {
                if (store == null) {
                    store = MailSessions.imap(account, timing.readTimeout());
                }
                IMAPFolder open = (IMAPFolder) store.getFolder(account.folder());
                open.open(Folder.READ_ONLY);
                folder = open;
                if (closed) {
                    break;
                }
                refreshing = refresher.scheduleWithFixedDelay(() -> refresh(open), timing.refresh().toMillis(),
                        timing.refresh().toMillis(), TimeUnit.MILLISECONDS);
                pause = timing.firstBackoff().toMillis();
                // EXISTS raises "added" (also when an EXPUNGE in the same breath keeps the count level).
                open.addMessageCountListener(new MessageCountAdapter() {
                    @Override
                    public void messagesAdded(MessageCountEvent event) {
                        tell();
                    }
                });
                tell();
                while (!closed && open.isOpen()) {
                    open.idle(true);
                }
            } catch (Exception e) {
                if (closed) {
                    break;
                }
                LOG.warn("Watching the mailbox {} on {} stopped ({}); connecting again in {} ms",
                        account.username(), account.imap().address(), MailFailures.said(e), pause);
            } finally {
                if (refreshing != null) {
                    refreshing.cancel(false);
                }
                disconnect();
            }
            if (closed || !sleep(pause)) {
                break;
            }
            pause = Math.min(pause * 2, timing.longestBackoff().toMillis());
        }
        disconnect();
    }

    /** Ends the current IDLE with a NOOP (Angus sends DONE first); the watch loop starts the next one. */
    private void refresh(IMAPFolder open) {
        try {
            open.doCommand(protocol -> {
                protocol.noop();
                return null;
            });
        } catch (MessagingException | RuntimeException e) {
            // The watch thread notices a broken connection itself and reconnects.
        }
    }

    /** Says "changed" to the kit, which polls at once. */
    void tell() {
        try {
            changed.run();
        } catch (RuntimeException e) {
            LOG.warn("Reacting to new mail in {} failed: {}", account.imap().address(), e.toString());
        }
    }

    private boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private synchronized void disconnect() {
        IMAPFolder open = folder;
        IMAPStore connected = store;
        folder = null;
        store = null;
        try {
            if (open != null && open.isOpen()) {
                open.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            // closing anyway
        }
        try {
            if (connected != null) {
                connected.close();
            }
        } catch (MessagingException | RuntimeException e) {
            // closed anyway
        }
    }

    /** Stops the thread and closes the IMAP connection. */
    @Override
    public void close() {
        closed = true;
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(jakarta.mail.Session.class.getClassLoader());
        try {
            disconnect();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closedHook.accept(this);
    }

    boolean running() {
        return thread.isAlive();
    }
}
