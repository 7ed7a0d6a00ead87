package dev.platina.skill.salesforce.internal;

import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectorChannel;
import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.api.QueuedWrite;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Delivers the Salesforce steps' writes through the kit's guarded deliveries (see {@link SalesforceWrites}). */
@Component(service = OutboxChannel.class)
public final class SalesforceChannel extends ConnectorChannel {
    static final String NAME = "salesforce";

    @Activate
    public SalesforceChannel(@Reference ConnectorDeliveries deliveries) {
        super(deliveries, NAME, SalesforceConnector.ID);
    }

    @Override
    protected void accept(QueuedWrite write) {
        operation(write);
    }

    @Override
    protected CallResult perform(Connection connection, QueuedWrite write, OutboxDelivery delivery)
            throws Exception {
        Map.Entry<SalesforceObject, Boolean> operation = operation(write);
        SalesforceObject object = operation.getKey();
        var writes = new SalesforceWrites(SalesforceApi.of(connection), connection);
        return operation.getValue()
                ? writes.update(object, write.text("id"), write.object("fields"), write.text("basedOn"))
                : writes.create(object, write.object("fields"), delivery.idempotencyKey());
    }

    /** The object written and whether it is an update. */
    private static Map.Entry<SalesforceObject, Boolean> operation(QueuedWrite write) {
        return SalesforceObject.ofOperation(write.operation()).orElseThrow(() -> new IllegalArgumentException(
                "Salesforce has no operation '" + write.operation() + "'"));
    }
}
