package dev.platina.workflow.engine.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waiting in the engine's own threads; an interrupt means "stop", so each returns whether the thread may go on. */
final class Pauses {

    private Pauses() {
    }

    /** Waits on {@code monitor} (which the caller holds) until notified or {@code millis} passed. */
    static boolean waitOn(Object monitor, long millis) {
        try {
            monitor.wait(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean sleep(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
