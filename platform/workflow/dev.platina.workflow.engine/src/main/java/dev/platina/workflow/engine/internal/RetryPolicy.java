package dev.platina.workflow.engine.internal;

import java.time.Duration;

/** How often and how patiently a failing step is tried again: exponential backoff with jitter. */
record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay) {

    static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5));
    static final int MOST_ATTEMPTS = 100;
}
