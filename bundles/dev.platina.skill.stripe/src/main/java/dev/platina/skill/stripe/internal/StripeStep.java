package dev.platina.skill.stripe.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.QueuedConnectorStep;
import dev.platina.workflow.api.StepDescriptor;
import java.util.Map;

/** A Stripe write as a workflow step (and so as an AI action), delivered once through the outbox. */
abstract class StripeStep extends QueuedConnectorStep {
    private final StripeOperation operation;

    StripeStep(ConnectionService connections, StripeOperation operation, StepDescriptor descriptor) {
        super(connections, StripeConnector.DESCRIPTOR, StripeChannel.NAME, operation.id(), descriptor);
        this.operation = operation;
    }

    @Override
    protected Map<String, Object> parameters(Map<String, Object> input) {
        return operation.parameters(input);
    }
}
