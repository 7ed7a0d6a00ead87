package dev.platina.skill.twilio.internal;

import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.api.QueuedWrite;
import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Delivers the SMS the steps queued, through the kit's guarded deliveries (breaker, Retry-After, health). */
@Component(service = OutboxChannel.class)
public final class TwilioChannel implements OutboxChannel {
    static final String NAME = "twilio";

    private final ConnectorDeliveries deliveries;

    @Activate
    public TwilioChannel(@Reference ConnectorDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DeliveryResult deliver(OutboxDelivery delivery) {
        QueuedWrite write = QueuedWrite.of(delivery);
        if (!write.operation().equals(SendSmsStep.OPERATION)) {
            return DeliveryResult.refused("Unknown Twilio operation: " + write.operation());
        }
        return deliveries.deliver(delivery, TwilioConnector.ID, connection ->
                new SmsSending(TwilioAccount.of(connection), write).send(delivery.attempt() > 1));
    }
}
