package dev.platina.skill.hubspot.internal;

import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.ConnectionState;
import dev.platina.workflow.api.OutboundMessage;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A HubSpot write as a workflow step (and so as an AI action): it checks the input and that the organisation has
 * connected HubSpot, then hands the write to the outbox, which delivers it even if HubSpot is down for a while. The
 * output says it is queued; the HubSpot record id appears in the run's effect once delivered.
 */
abstract class HubSpotStep implements WorkflowStep {
    private final ConnectionService connections;
    private final HubSpotOperation operation;
    private final StepDescriptor descriptor;
    private final Clock clock;

    HubSpotStep(ConnectionService connections, HubSpotOperation operation, StepDescriptor descriptor) {
        this.connections = connections;
        this.operation = operation;
        this.descriptor = descriptor;
        this.clock = Clock.systemUTC();
    }

    @Override
    public StepDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public StepOutcome execute(StepExecution execution) {
        Map<String, Object> parameters;
        try {
            parameters = operation.parameters(execution.input(), clock);
        } catch (InvalidInputException e) {
            return StepOutcome.failed("The input is not right for HubSpot: " + e.getMessage(), false);
        }
        try {
            if (connections.status(execution.caller(), HubSpotConnector.ID).state()
                    == ConnectionState.NOT_CONNECTED) {
                return StepOutcome.failed("HubSpot is not connected for this organisation; an administrator can"
                        + " connect it under Settings > Connections.", false);
            }
        } catch (AccessDeniedException e) {
            return StepOutcome.failed("The HubSpot skill may not see this organisation's connections: grant it"
                    + " 'workflows:read' when enabling it.", false);
        }
        var payload = new LinkedHashMap<String, Object>();
        payload.put("operation", operation.id());
        payload.put("parameters", parameters);
        var output = new LinkedHashMap<String, Object>();
        output.put("queued", true);
        output.put("operation", operation.id());
        return StepOutcome.done(output).withEffects(new OutboundMessage(HubSpotChannel.NAME, payload));
    }

    static Map<String, Object> queuedOutput() {
        return Map.of("type", "object", "properties", Map.of(
                "queued", Map.of("type", "boolean", "description", "true: handed to the outbox for delivery"),
                "operation", Map.of("type", "string")));
    }

    static Map<String, Object> contactFields() {
        return Map.of(
                "email", Map.of("type", "string", "format", "email"),
                "firstName", Map.of("type", "string"),
                "lastName", Map.of("type", "string"),
                "phone", Map.of("type", "string"),
                "company", Map.of("type", "string"),
                "lifecycleStage", Map.of("type", "string", "description", "e.g. lead, marketingqualifiedlead"),
                "properties", Map.of("type", "object", "description", "More HubSpot properties by internal name",
                        "additionalProperties", Map.of("type", "string")));
    }
}
