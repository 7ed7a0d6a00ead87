package dev.platina.skill.slack.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.QueuedConnectorStep;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code slack.message.reply}: a reply in a message's thread. */
@Component(service = WorkflowStep.class)
public final class ReplyStep extends QueuedConnectorStep {

    static final String OPERATION = "message.reply";
    static final StepDescriptor DESCRIPTOR = new StepDescriptor("slack.message.reply", "Reply in a Slack thread",
            "Replies in the thread of a Slack message, e.g. the one that started the workflow; delivered when Slack"
                    + " is reachable, also after an outage.", "Chat", MessageInput.schema(true),
            queuedOutputSchema());

    @Activate
    public ReplyStep(@Reference ConnectionService connections) {
        super(connections, SlackConnector.DESCRIPTOR, SlackChannel.NAME, OPERATION, DESCRIPTOR);
    }

    @Override
    protected Map<String, Object> parameters(Map<String, Object> input) {
        return MessageInput.read(input, true);
    }
}
