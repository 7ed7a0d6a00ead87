package dev.platina.skill.slack.internal;

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

/** Delivers the message steps' posts and replies through the kit's guarded deliveries. */
@Component(service = OutboxChannel.class)
public final class SlackChannel extends ConnectorChannel {

    static final String NAME = "slack";
    private static final Set<String> OPERATIONS = Set.of(PostMessageStep.OPERATION, ReplyStep.OPERATION);

    @Activate
    public SlackChannel(@Reference ConnectorDeliveries deliveries) {
        super(deliveries, NAME, SlackConnector.ID);
    }

    @Override
    protected void accept(QueuedWrite write) {
        acceptOnly(write, OPERATIONS, "Slack");
    }

    @Override
    protected CallResult perform(Connection connection, QueuedWrite write, OutboxDelivery delivery)
            throws Exception {
        return new MessagePoster(SlackApi.of(connection), connection.setting(SlackConnector.DEFAULT_CHANNEL))
                .post(write, delivery.idempotencyKey(), delivery.attempt());
    }
}
