package dev.platina.integration.api;

import java.time.Duration;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A stream of changes a connector fetches rather than receives (whiteboard: register as a service). The kit polls
 * it every {@link #interval()} for each organisation connected to the connector, keeps the cursor per connection
 * and stream, publishes the events it has not seen, and backs off while polls fail. A slow or failing poll of one
 * organisation never delays another's.
 */
@ConsumerType
public interface PollingSource {

    String connectorId();

    /** The stream's name within the connector ({@code leads}, {@code events}); part of the cursor's key. */
    String stream();

    Duration interval();

    /**
     * Fetches what changed since {@code cursor} (empty on the first poll of a connection: start from now or a short
     * while back, not from the beginning of time). An exception counts as a failed poll, recorded on the connection.
     */
    PollResult poll(Connection connection, Optional<String> cursor) throws Exception;

    /**
     * Starts watching the connection for changes as they happen, for vendors that can tell (IMAP IDLE, a push
     * channel). The source runs its own thread and calls {@code changed} whenever something may have changed; the
     * kit then polls at once instead of waiting for the interval, so the cursor stays the one truth and nothing is
     * published twice. The kit calls this after a successful poll of a connection that has no watch, and closes
     * the handle when the connection is removed or reconnected, the source goes away or the kit stops. The source
     * keeps its watch alive until closed (reconnecting after errors); when starting it throws, the kit tries again
     * after the next successful poll.
     *
     * @return the watch to close, or empty (the default) when the vendor can only be polled
     */
    default Optional<AutoCloseable> watch(Connection connection, Runnable changed) throws Exception {
        return Optional.empty();
    }
}
