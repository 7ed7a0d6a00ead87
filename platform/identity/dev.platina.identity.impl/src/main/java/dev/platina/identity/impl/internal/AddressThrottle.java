package dev.platina.identity.impl.internal;

import dev.platina.core.api.LimitExceededException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per network address in a fixed window. Past the limit the address is refused before any
 * password is checked, so guessing across many accounts is slowed down and cannot burn the CPU on Argon2.
 * Behind a reverse proxy every client shares the proxy's address: raise the limit there, or set it to 0 (off).
 */
final class AddressThrottle {

    private static final int MAX_TRACKED = 10_000;

    private record Window(long startedNanos, int failures) {
    }

    private final int maxFailures;
    private final long windowNanos;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    AddressThrottle(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.windowNanos = window.toNanos();
    }

    void check(String address) {
        if (address == null || maxFailures <= 0) {
            return;
        }
        Window window = windows.get(address);
        long now = System.nanoTime();
        if (window != null && now - window.startedNanos() < windowNanos && window.failures() >= maxFailures) {
            long seconds = Math.max(1, (windowNanos - (now - window.startedNanos())) / 1_000_000_000L);
            throw new LimitExceededException("maxFailedLoginsPerAddress", maxFailures, Duration.ofSeconds(seconds),
                    "Too many failed sign-ins from your network address. Try again in " + (seconds + 59) / 60
                            + " minute(s).");
        }
    }

    void failed(String address) {
        if (address == null || maxFailures <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> now - w.startedNanos() >= windowNanos);
        }
        windows.compute(address, (key, window) -> window == null || now - window.startedNanos() >= windowNanos
                ? new Window(now, 1)
                : new Window(window.startedNanos(), window.failures() + 1));
    }
}
