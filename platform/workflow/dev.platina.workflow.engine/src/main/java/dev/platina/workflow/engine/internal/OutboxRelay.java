package dev.platina.workflow.engine.internal;

import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox messages through their channels on a small pool. It sleeps until a step's transaction commits
 * messages (the dispatcher's LISTEN connection hears that and wakes it, so the relay holds no connection of its own)
 * or until the next retry is due. A message is delivered at least once and
 * always with its idempotency key; while its peer is down it waits with growing pauses (or as long as the peer's
 * {@code Retry-After} asks) and goes out once the peer is back. After {@link #MOST_ATTEMPTS} attempts it fails.
 */
final class OutboxRelay implements Runnable {

    static final int MOST_ATTEMPTS = 25;
    /** 1 s, 2 s, 4 s ... up to 10 minutes between attempts: about two and a half hours for every attempt. */
    static final RetryPolicy BACKOFF = new RetryPolicy(MOST_ATTEMPTS, Duration.ofSeconds(1), 2.0,
            Duration.ofMinutes(10));
    static final Duration NO_CHANNEL_PAUSE = Duration.ofSeconds(30);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final ChannelRegistry channels;
    private final ExecutorService deliverers;
    private final Semaphore free;
    private final Duration maxIdle;
    private final String owner;
    private final Object wake = new Object();
    private volatile boolean running = true;
    private boolean woken;

    OutboxRelay(OutboxStore store, ChannelRegistry channels, ExecutorService deliverers, int delivererCount,
            Duration maxIdle, String owner) {
        this.store = store;
        this.channels = channels;
        this.deliverers = deliverers;
        this.free = new Semaphore(delivererCount);
        this.maxIdle = maxIdle;
        this.owner = owner;
    }

    void stop() {
        running = false;
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** A transaction committed messages (the dispatcher hears the NOTIFY on its connection and passes it on). */
    void wake() {
        synchronized (wake) {
            woken = true;
            wake.notifyAll();
        }
    }

    @Override
    public void run() {
        while (running) {
            try {
                round();
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("The outbox relay could not reach the database; retrying in a second: {}", e.toString());
                    if (!Pauses.sleep(Duration.ofSeconds(1))) {
                        running = false;
                    }
                }
            }
        }
    }

    private void round() {
        int wanted = free.availablePermits();
        if (wanted > 0) {
            var claimed = store.claim(owner, wanted, LEASE);
            claimed.forEach(this::handOver);
            if (!claimed.isEmpty()) {
                return;
            }
        }
        long idle = maxIdle.toMillis();
        Optional<Instant> next = wanted > 0 ? store.nextDueAt() : Optional.empty();
        if (next.isPresent()) {
            idle = Math.max(1, Math.min(idle, Duration.between(Instant.now(), next.get()).toMillis()));
        }
        synchronized (wake) {
            if (!woken) {
                if (!Pauses.waitOn(wake, idle)) {
                    running = false;
                }
            }
            woken = false;
        }
    }

    private void handOver(OutboxStore.Claimed message) {
        free.acquireUninterruptibly();
        deliverers.execute(() -> {
            try {
                deliver(message);
            } catch (RuntimeException e) {
                // The lease runs out and the message is tried again; a bug must not stop the relay.
                LOG.error("Outbox message {} could not be settled", message.id(), e);
            } finally {
                free.release();
                synchronized (wake) {
                    wake.notifyAll();
                }
            }
        });
    }

    void deliver(OutboxStore.Claimed message) {
        Optional<OutboxChannel> channel = channels.named(message.channel());
        if (channel.isEmpty()) {
            store.retryAt(message, Instant.now().plus(NO_CHANNEL_PAUSE), "Waiting for '" + message.channel()
                    + "': no outbox channel of that name is installed (its skill was removed or not installed"
                    + " yet). The message goes out when it is back.", false);
            return;
        }
        DeliveryResult result;
        try {
            result = channel.get().deliver(new OutboxDelivery(message.tenant(), message.id(),
                    message.idempotencyKey(), message.payload(), message.attempt()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = DeliveryResult.retry("The relay stopped during the delivery.", Optional.empty());
        } catch (Exception e) {
            result = DeliveryResult.retry(e.getClass().getSimpleName() + ": " + e.getMessage(), Optional.empty());
        }
        if (result == null) {
            result = DeliveryResult.retry("The channel '" + message.channel() + "' returned no result.",
                    Optional.empty());
        }
        switch (result.kind()) {
            case DELIVERED -> store.delivered(message, result.receipt());
            case REFUSED -> store.failed(message, result.reason().orElse("Refused"));
            case RETRY -> {
                String reason = result.reason().orElse("Not delivered");
                if (message.attempt() >= MOST_ATTEMPTS) {
                    store.failed(message, "Not delivered after " + message.attempt() + " attempts: " + reason);
                } else {
                    Duration wait = result.retryAfter().orElseGet(() -> Backoff.after(BACKOFF, message.attempt()));
                    store.retryAt(message, Instant.now().plus(wait), reason, true);
                }
            }
        }
    }
}
