package dev.platina.ai.providers.internal;

import java.time.Duration;

/** Waits between attempts; tests pass one that only moves a fake clock, so retries take no real time. */
@FunctionalInterface
interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
