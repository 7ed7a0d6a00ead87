package dev.platina.integration.api;

import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.workflow.api.OutboundMessage;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A write to a vendor as a workflow step (and so as an AI action). It checks the input and that the organisation
 * has connected the vendor, then hands the write to the outbox as a {@link QueuedWrite} on the connector's channel,
 * which delivers it even if the vendor is down for a while. The step's output says it is queued; the vendor's
 * record id appears in the run's effect once delivered.
 */
public abstract class QueuedConnectorStep implements WorkflowStep {
    private final ConnectionService connections;
    private final ConnectorDescriptor connector;
    private final String channel;
    private final String operation;
    private final StepDescriptor descriptor;

    /**
     * @param channel the name of the connector's {@link dev.platina.workflow.api.OutboxChannel}
     * @param operation what the channel reads from {@link QueuedWrite#operation()}
     */
    protected QueuedConnectorStep(ConnectionService connections, ConnectorDescriptor connector, String channel,
            String operation, StepDescriptor descriptor) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.connector = Objects.requireNonNull(connector, "connector");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    }

    /**
     * Turns the step's input into the parameters the channel sends, deciding everything that varies (times, keys)
     * now so repeated deliveries send the same request.
     *
     * @throws InvalidInputException naming every wrong field (see {@link StepInput})
     */
    protected abstract Map<String, Object> parameters(Map<String, Object> input);

    @Override
    public StepDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final StepOutcome execute(StepExecution execution) {
        Map<String, Object> parameters;
        try {
            parameters = parameters(execution.input());
        } catch (InvalidInputException e) {
            return StepOutcome.failed("The input is not right for " + connector.name() + ": " + e.getMessage(),
                    false);
        }
        try {
            if (connections.status(execution.caller(), connector.id()).state() == ConnectionState.NOT_CONNECTED) {
                return StepOutcome.failed(connector.name() + " is not connected for this organisation; an"
                        + " administrator can connect it under Settings > Connections.", false);
            }
        } catch (AccessDeniedException e) {
            return StepOutcome.failed("The " + connector.name() + " skill may not see this organisation's"
                    + " connections: grant it 'workflows:read' when enabling it.", false);
        }
        var output = new LinkedHashMap<String, Object>();
        output.put("queued", true);
        output.put("operation", operation);
        return StepOutcome.done(output)
                .withEffects(new OutboundMessage(channel, new QueuedWrite(operation, parameters).payload()));
    }

    /** The JSON schema of every queued step's output. */
    public static Map<String, Object> queuedOutputSchema() {
        return Map.of("type", "object", "properties", Map.of(
                "queued", Map.of("type", "boolean", "description", "true: handed to the outbox for delivery"),
                "operation", Map.of("type", "string")));
    }
}
