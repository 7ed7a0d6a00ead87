package dev.platina.skill.slack.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.QueuedConnectorStep;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code slack.message.post}: a message in a channel. */
@Component(service = WorkflowStep.class)
public final class PostMessageStep extends QueuedConnectorStep {

    static final String OPERATION = "message.post";
    static final StepDescriptor DESCRIPTOR = new StepDescriptor("slack.message.post", "Post a Slack message",
            "Posts a message to a Slack channel (or the connection's default channel); delivered when Slack is"
                    + " reachable, also after an outage.", "Chat", MessageInput.schema(false), queuedOutputSchema());

    @Activate
    public PostMessageStep(@Reference ConnectionService connections) {
        super(connections, SlackConnector.DESCRIPTOR, SlackChannel.NAME, OPERATION, DESCRIPTOR);
    }

    @Override
    protected Map<String, Object> parameters(Map<String, Object> input) {
        return MessageInput.read(input, false);
    }
}
