package dev.platina.skill.stripe.internal;

import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.ConnectionState;
import dev.platina.workflow.api.OutboundMessage;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Stripe write as a workflow step (and so as an AI action): it checks the input and that the organisation has
 * connected Stripe, then hands the write to the outbox, which delivers it once even if Stripe is down for a while.
 * The output says it is queued; the Stripe id appears in the run's effect once delivered.
 */
abstract class StripeStep implements WorkflowStep {

    private final ConnectionService connections;
    private final StripeOperation operation;
    private final StepDescriptor descriptor;

    StripeStep(ConnectionService connections, StripeOperation operation, StepDescriptor descriptor) {
        this.connections = connections;
        this.operation = operation;
        this.descriptor = descriptor;
    }

    @Override
    public StepDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public StepOutcome execute(StepExecution execution) {
        Map<String, Object> parameters;
        try {
            parameters = operation.parameters(execution.input());
        } catch (InvalidInputException e) {
            return StepOutcome.failed("The input is not right for Stripe: " + e.getMessage(), false);
        }
        try {
            if (connections.status(execution.caller(), StripeConnector.ID).state()
                    == ConnectionState.NOT_CONNECTED) {
                return StepOutcome.failed("Stripe is not connected for this organisation; an administrator can"
                        + " connect it under Settings > Connections.", false);
            }
        } catch (AccessDeniedException e) {
            return StepOutcome.failed("The Stripe skill may not see this organisation's connections: grant it"
                    + " 'workflows:read' when enabling it.", false);
        }
        var payload = new LinkedHashMap<String, Object>();
        payload.put("operation", operation.id());
        payload.put("parameters", parameters);
        var output = new LinkedHashMap<String, Object>();
        output.put("queued", true);
        output.put("operation", operation.id());
        return StepOutcome.done(output).withEffects(new OutboundMessage(StripeChannel.NAME, payload));
    }

    static Map<String, Object> queuedOutput() {
        return Map.of("type", "object", "properties", Map.of(
                "queued", Map.of("type", "boolean", "description", "true: handed to the outbox, delivered once"),
                "operation", Map.of("type", "string")));
    }
}
