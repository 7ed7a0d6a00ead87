package dev.platina.skill.slack.internal;

import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.api.QueuedWrite;
import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Delivers the message steps' posts and replies through the kit's guarded deliveries. */
@Component(service = OutboxChannel.class)
public final class SlackChannel implements OutboxChannel {

    static final String NAME = "slack";
    private static final Set<String> OPERATIONS = Set.of(PostMessageStep.OPERATION, ReplyStep.OPERATION);

    private final ConnectorDeliveries deliveries;

    @Activate
    public SlackChannel(@Reference ConnectorDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DeliveryResult deliver(OutboxDelivery delivery) {
        QueuedWrite write = QueuedWrite.of(delivery);
        if (!OPERATIONS.contains(write.operation())) {
            return DeliveryResult.refused("The Slack skill does not know the operation '" + write.operation() + "'.");
        }
        return deliveries.deliver(delivery, SlackConnector.ID, connection -> new MessagePoster(SlackApi.of(
                connection), connection.setting(SlackConnector.DEFAULT_CHANNEL)).post(write,
                        delivery.idempotencyKey(), delivery.attempt()));
    }
}
