package dev.platina.skill.salesforce.internal;

import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.api.QueuedWrite;
import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Delivers the Salesforce steps' writes through the kit's guarded deliveries (see {@link SalesforceWrites}). */
@Component(service = OutboxChannel.class)
public final class SalesforceChannel implements OutboxChannel {
    static final String NAME = "salesforce";

    private final ConnectorDeliveries deliveries;

    @Activate
    public SalesforceChannel(@Reference ConnectorDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DeliveryResult deliver(OutboxDelivery delivery) {
        QueuedWrite write = QueuedWrite.of(delivery);
        Optional<Map.Entry<SalesforceObject, Boolean>> operation = SalesforceObject.ofOperation(write.operation());
        if (operation.isEmpty()) {
            return DeliveryResult.refused("Salesforce has no operation '" + write.operation() + "'");
        }
        SalesforceObject object = operation.get().getKey();
        boolean update = operation.get().getValue();
        return deliveries.deliver(delivery, SalesforceConnector.ID, connection -> {
            var writes = new SalesforceWrites(SalesforceApi.of(connection), connection);
            return update ? writes.update(object, write.text("id"), write.object("fields"), write.text("basedOn"))
                    : writes.create(object, write.object("fields"), delivery.idempotencyKey());
        });
    }
}
