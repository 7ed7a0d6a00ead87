package dev.platina.ai.providers.internal;

import dev.platina.ai.api.LanguageModelException;
import dev.platina.ai.api.LanguageModelException.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops calling a provider that keeps failing. After {@link #FAILURES_TO_OPEN} attempts in a row fail with a rate
 * limit, an outage or a timeout, the circuit opens: calls fail at once with {@code CIRCUIT_OPEN} for
 * {@link #OPEN_FOR}. Then one trial call goes through (half-open); if it gets an answer the circuit closes, if it
 * fails the circuit opens again. Any answer from the provider, even a refusal, counts as a sign of life.
 */
final class CircuitBreaker {

    static final int FAILURES_TO_OPEN = 5;
    static final Duration OPEN_FOR = Duration.ofSeconds(30);
    /** What a call is told while the trial call is still out. */
    private static final Duration TRIAL_PENDING_WAIT = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(CircuitBreaker.class);

    private enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private final String provider;
    private final Clock clock;
    private State state = State.CLOSED;
    private int failuresInARow;
    private Instant openUntil = Instant.MIN;
    private String lastFailure = "";

    CircuitBreaker(String provider, Clock clock) {
        this.provider = provider;
        this.clock = clock;
    }

    <T> T call(Supplier<T> attempt) {
        admit();
        boolean counted = false;
        try {
            T result = attempt.get();
            succeeded();
            counted = true;
            return result;
        } catch (LanguageModelException e) {
            if (opensTheCircuit(e)) {
                failed(e);
            } else {
                succeeded();
            }
            counted = true;
            throw e;
        } finally {
            if (!counted) {
                succeeded();
            }
        }
    }

    private synchronized void admit() {
        if (state == State.CLOSED) {
            return;
        }
        Instant now = clock.instant();
        if (state == State.OPEN && !now.isBefore(openUntil)) {
            state = State.HALF_OPEN;
            LOG.info("{}: trying one call after the pause.", provider);
            return;
        }
        Duration wait = state == State.HALF_OPEN ? TRIAL_PENDING_WAIT : Duration.between(now, openUntil);
        throw new LanguageModelException(Kind.CIRCUIT_OPEN, "Calls to " + provider + " are paused for "
                + FailureMessages.seconds(wait) + " after " + FAILURES_TO_OPEN + " failures in a row. Last failure: "
                + lastFailure, Optional.of(wait), null);
    }

    private synchronized void succeeded() {
        if (state != State.CLOSED) {
            LOG.info("{}: answering again, calls resume.", provider);
        }
        state = State.CLOSED;
        failuresInARow = 0;
    }

    private synchronized void failed(LanguageModelException e) {
        lastFailure = e.getMessage();
        failuresInARow++;
        if (state == State.HALF_OPEN || failuresInARow >= FAILURES_TO_OPEN) {
            state = State.OPEN;
            openUntil = clock.instant().plus(OPEN_FOR);
            LOG.warn("{}: pausing calls for {} after {} failures in a row.", provider,
                    FailureMessages.seconds(OPEN_FOR), failuresInARow);
        }
    }

    private static boolean opensTheCircuit(LanguageModelException e) {
        return e.kind() == Kind.RATE_LIMITED || e.kind() == Kind.UNAVAILABLE || e.kind() == Kind.TIMEOUT;
    }
}
