package dev.platina.skill.stripe.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code stripe.refund.create}: refunds a payment in full or in part, once. */
@Component(service = WorkflowStep.class)
public final class CreateRefundStep extends StripeStep {

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("stripe.refund.create", "Refund a Stripe payment",
            "Refunds a payment (payment intent pi_... or charge ch_...) in full, or the amount given in the"
                    + " smallest currency unit; delivered exactly once, also when Stripe is down for a while.",
            "Payments",
            Map.of("type", "object", "properties", Map.of(
                    "paymentIntent", Map.of("type", "string", "description", "pi_..."),
                    "charge", Map.of("type", "string", "description", "ch_..."),
                    "amount", Map.of("type", "integer", "minimum", 1),
                    "reason", Map.of("type", "string", "enum", List.of("duplicate", "fraudulent",
                            "requested_by_customer")),
                    "metadata", Map.of("type", "object", "additionalProperties", Map.of("type", "string"))),
                    "oneOf", List.of(Map.of("required", List.of("paymentIntent")),
                            Map.of("required", List.of("charge")))),
            queuedOutputSchema());

    @Activate
    public CreateRefundStep(@Reference ConnectionService connections) {
        super(connections, StripeOperation.REFUND_CREATE, DESCRIPTOR);
    }
}
