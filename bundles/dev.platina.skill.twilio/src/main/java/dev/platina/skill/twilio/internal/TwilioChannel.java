package dev.platina.skill.twilio.internal;

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

/** Delivers the SMS the steps queued, through the kit's guarded deliveries (breaker, Retry-After, health). */
@Component(service = OutboxChannel.class)
public final class TwilioChannel extends ConnectorChannel {
    static final String NAME = "twilio";

    @Activate
    public TwilioChannel(@Reference ConnectorDeliveries deliveries) {
        super(deliveries, NAME, TwilioConnector.ID);
    }

    @Override
    protected void accept(QueuedWrite write) {
        acceptOnly(write, Set.of(SendSmsStep.OPERATION), "Twilio");
    }

    @Override
    protected CallResult perform(Connection connection, QueuedWrite write, OutboxDelivery delivery)
            throws Exception {
        return new SmsSending(TwilioAccount.of(connection), write).send(delivery.attempt() > 1);
    }
}
