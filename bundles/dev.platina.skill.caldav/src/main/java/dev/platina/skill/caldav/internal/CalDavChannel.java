package dev.platina.skill.caldav.internal;

import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.api.QueuedWrite;
import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Delivers the calendar steps' writes through the kit's guarded deliveries: while the server is down they wait and
 * go out once it is back; conflicts and refusals fail the message with the server's or the conflict's words.
 */
@Component(service = OutboxChannel.class)
public final class CalDavChannel implements OutboxChannel {
    static final String NAME = "caldav";
    static final String CREATE = "event.create";
    static final String UPDATE = "event.update";
    static final String DELETE = "event.delete";

    private final ConnectorDeliveries deliveries;

    @Activate
    public CalDavChannel(@Reference ConnectorDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DeliveryResult deliver(OutboxDelivery delivery) {
        QueuedWrite write = QueuedWrite.of(delivery);
        if (!java.util.Set.of(CREATE, UPDATE, DELETE).contains(write.operation())) {
            return DeliveryResult.refused("The calendar skill does not know the operation '" + write.operation()
                    + "'.");
        }
        return deliveries.deliver(delivery, CalDavConnector.ID, connection -> {
            var writes = new CalendarWrites(CalDavClient.of(connection), CalDavConnector.zoneOrUtc(connection));
            return switch (write.operation()) {
                case CREATE -> writes.create(write);
                case UPDATE -> writes.update(write);
                default -> writes.delete(write);
            };
        });
    }
}
