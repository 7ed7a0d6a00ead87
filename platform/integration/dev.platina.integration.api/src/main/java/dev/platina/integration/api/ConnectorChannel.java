package dev.platina.integration.api;

import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import java.util.Objects;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A connector's outbox channel: reads each delivery as the {@link QueuedWrite} a {@link QueuedConnectorStep} queued,
 * refuses an operation the skill does not know before anything is sent, and makes the vendor call through
 * {@link ConnectorDeliveries}, so the breaker, {@code Retry-After} and connection health apply to every skill alike.
 * A skill registers its subclass as an {@link OutboxChannel} service.
 */
@ConsumerType
public abstract class ConnectorChannel implements OutboxChannel {
    private final ConnectorDeliveries deliveries;
    private final String name;
    private final String connectorId;

    /**
     * @param name the channel's name, as the skill's steps queue their writes on it
     * @param connectorId the connector whose connection the calls use
     */
    protected ConnectorChannel(ConnectorDeliveries deliveries, String name, String connectorId) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.name = Objects.requireNonNull(name, "name");
        this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final DeliveryResult deliver(OutboxDelivery delivery) {
        QueuedWrite write = QueuedWrite.of(delivery);
        try {
            accept(write);
        } catch (IllegalArgumentException unknown) {
            // Checked here, not in perform: there an exception would count as the vendor being down and retry forever.
            return DeliveryResult.refused(unknown.getMessage());
        }
        return deliveries.deliver(delivery, connectorId, connection -> perform(connection, write, delivery));
    }

    /**
     * Checks that the skill knows the write's operation.
     *
     * @throws IllegalArgumentException naming the operation, when the skill does not know it; the message fails
     *     for good with these words
     */
    protected abstract void accept(QueuedWrite write);

    /** For {@link #accept}: refuses any operation but the known ones, as "{@code skill} has no operation 'x'.". */
    protected static void acceptOnly(QueuedWrite write, Set<String> known, String skill) {
        if (!known.contains(write.operation())) {
            throw new IllegalArgumentException(skill + " has no operation '" + write.operation() + "'.");
        }
    }

    /**
     * Makes the vendor call for one accepted write. Pass {@link OutboxDelivery#idempotencyKey()} to the vendor (or
     * make a repeat harmless otherwise); {@link OutboxDelivery#attempt()} tells whether this is a repeat.
     */
    protected abstract CallResult perform(Connection connection, QueuedWrite write, OutboxDelivery delivery)
            throws Exception;
}
