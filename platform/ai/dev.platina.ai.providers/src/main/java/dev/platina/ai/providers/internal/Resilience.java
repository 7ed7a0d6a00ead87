package dev.platina.ai.providers.internal;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * What the retries, the circuit breaker and the body limit depend on, in one place so tests can replace time and
 * chance: the clock, how to wait, the jitter source (a number in [0, 1)) and the largest answer read.
 */
record Resilience(Clock clock, Sleeper sleeper, DoubleSupplier jitter, long maxBodyBytes) {

    /** 4 MiB: far above any chat answer, low enough that a broken peer cannot fill the heap. */
    static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

    static Resilience standard() {
        return new Resilience(Clock.systemUTC(), Sleeper.REAL, () -> ThreadLocalRandom.current().nextDouble(),
                MAX_BODY_BYTES);
    }
}
