package dev.platina.integration.api;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The window of a stream that reports things starting (a meeting begins): the starts in (from, to], where the
 * cursor is the end of the window polled last. The first poll of a connection (or one with a cursor that is not an
 * instant) only notes the time, so what began before the connection existed never fires; after an outage at most
 * the longest catch-up is reported, since acting on something long over surprises more than it helps.
 */
public record StartingWindow(Instant from, Instant to) {

    /** Lists what starts in one window; the kit publishes each once by its id. */
    @FunctionalInterface
    public interface Starts {
        List<InboundEvent> in(StartingWindow window) throws Exception;
    }

    public StartingWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A starting window ends after it begins: (" + from + ", " + to + "]");
        }
    }

    /**
     * One poll: no events and the cursor {@code now} on the first poll, no events and the cursor kept when no time
     * passed since the last one, otherwise {@code starts} of the window up to {@code now} and the cursor {@code now}.
     */
    public static PollResult poll(Optional<String> cursor, Instant now, Duration longestCatchUp, Starts starts)
            throws Exception {
        if (longestCatchUp.isNegative() || longestCatchUp.isZero()) {
            throw new IllegalArgumentException("The longest catch-up must be positive: " + longestCatchUp);
        }
        Optional<Instant> last = cursor.flatMap(StartingWindow::instant);
        if (last.isEmpty()) {
            return new PollResult(List.of(), Optional.of(now.toString()));
        }
        if (!last.get().isBefore(now)) {
            return new PollResult(List.of(), Optional.empty());
        }
        Instant earliest = now.minus(longestCatchUp);
        Instant from = last.get().isBefore(earliest) ? earliest : last.get();
        return new PollResult(starts.in(new StartingWindow(from, now)), Optional.of(now.toString()));
    }

    /** Whether {@code start} falls in the window: after {@code from}, no later than {@code to}. */
    public boolean contains(Instant start) {
        return start.isAfter(from) && !start.isAfter(to);
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
