package dev.platina.skill.caldav.internal;

import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectorChannel;
import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.api.QueuedWrite;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Delivers the calendar steps' writes through the kit's guarded deliveries: while the server is down they wait and
 * go out once it is back; conflicts and refusals fail the message with the server's or the conflict's words.
 */
@Component(service = OutboxChannel.class)
public final class CalDavChannel extends ConnectorChannel {
    static final String NAME = "caldav";
    static final String CREATE = "event.create";
    static final String UPDATE = "event.update";
    static final String DELETE = "event.delete";
    private static final Set<String> OPERATIONS = Set.of(CREATE, UPDATE, DELETE);

    @Activate
    public CalDavChannel(@Reference ConnectorDeliveries deliveries) {
        super(deliveries, NAME, CalDavConnector.ID);
    }

    @Override
    protected void accept(QueuedWrite write) {
        acceptOnly(write, OPERATIONS, "The CalDAV calendar");
    }

    @Override
    protected CallResult perform(Connection connection, QueuedWrite write, OutboxDelivery delivery)
            throws Exception {
        var writes = new CalendarWrites(CalDavClient.of(connection), CalDavConnector.zoneOrUtc(connection));
        return switch (write.operation()) {
            case CREATE -> writes.create(write);
            case UPDATE -> writes.update(write);
            default -> writes.delete(write);
        };
    }
}
