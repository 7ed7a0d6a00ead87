package dev.platina.integration.api;

import java.time.Duration;
import java.util.Objects;
import org.osgi.annotation.versioning.ConsumerType;

/** A {@link PollingSource} whose connector, stream name and interval are fixed when it is made. */
@ConsumerType
public abstract class PolledStream implements PollingSource {
    private final String connectorId;
    private final String stream;
    private final Duration interval;

    protected PolledStream(String connectorId, String stream, Duration interval) {
        this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
        this.stream = Objects.requireNonNull(stream, "stream");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    @Override
    public final String connectorId() {
        return connectorId;
    }

    @Override
    public final String stream() {
        return stream;
    }

    @Override
    public final Duration interval() {
        return interval;
    }
}
