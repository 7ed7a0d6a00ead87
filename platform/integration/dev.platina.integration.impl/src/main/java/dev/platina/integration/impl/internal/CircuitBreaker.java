package dev.platina.integration.impl.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One connection's breaker: closed while calls work; after {@code threshold} failures in a row it opens for
 * {@code pause}, then lets exactly one trial call through (half open). The trial's success closes it, its failure
 * opens it for another pause. Thread-safe.
 */
final class CircuitBreaker {

    private final int threshold;
    private final Duration pause;
    private final Clock clock;
    private int failures;
    private Instant openUntil;
    private boolean trialUnderway;

    CircuitBreaker(int threshold, Duration pause, Clock clock) {
        this.threshold = threshold;
        this.pause = pause;
        this.clock = clock;
    }

    /** Empty when a call may go out now; otherwise how long to wait before asking again. */
    synchronized Optional<Duration> permit() {
        if (openUntil == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isBefore(openUntil)) {
            return Optional.of(Duration.between(now, openUntil));
        }
        if (trialUnderway) {
            return Optional.of(Duration.ofSeconds(1));
        }
        trialUnderway = true;
        return Optional.empty();
    }

    synchronized void succeeded() {
        failures = 0;
        openUntil = null;
        trialUnderway = false;
    }

    /** Records a failure; true when the breaker is open (now or still). */
    synchronized boolean failed() {
        failures++;
        if (trialUnderway || failures >= threshold) {
            openUntil = clock.instant().plus(pause);
            trialUnderway = false;
            return true;
        }
        return false;
    }

    /** The call did not say whether the vendor works (e.g. throttled): a trial ends without a verdict. */
    synchronized void inconclusive() {
        trialUnderway = false;
    }

    synchronized int failuresInARow() {
        return failures;
    }
}
