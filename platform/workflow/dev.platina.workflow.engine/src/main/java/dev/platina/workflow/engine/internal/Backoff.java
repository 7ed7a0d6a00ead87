package dev.platina.workflow.engine.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long a failed attempt waits before the next: exponential in the attempt, capped, with "equal jitter" (half
 * fixed, half random) so that many runs failing on the same outage do not all come back at the same moment.
 */
final class Backoff {

    private Backoff() {
    }

    static Duration after(RetryPolicy policy, int failedAttempt) {
        double exponential = policy.initialDelay().toMillis() * Math.pow(policy.multiplier(), failedAttempt - 1);
        long capped = (long) Math.min(exponential, policy.maxDelay().toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
