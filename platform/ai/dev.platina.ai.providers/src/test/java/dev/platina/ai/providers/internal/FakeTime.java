package dev.platina.ai.providers.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when told to or when something sleeps; it remembers every wait. */
final class FakeTime extends Clock implements Sleeper {

    private volatile Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        advance(duration);
    }

    synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** Jitter fixed at the middle, so backoffs are exact. */
    Resilience resilience() {
        return new Resilience(this, this, () -> 0.5, Resilience.MAX_BODY_BYTES);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
