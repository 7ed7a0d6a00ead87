package dev.platina.skill.stripe.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code stripe.customer.create}: a customer in the organisation's Stripe account. */
@Component(service = WorkflowStep.class)
public final class CreateCustomerStep extends StripeStep {

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("stripe.customer.create", "Create a Stripe customer",
            "Creates a customer in Stripe with an e-mail address and/or name; delivered once, also when Stripe is"
                    + " down for a while.", "Payments",
            Map.of("type", "object", "properties", Map.of(
                    "email", Map.of("type", "string", "format", "email"),
                    "name", Map.of("type", "string"),
                    "phone", Map.of("type", "string"),
                    "description", Map.of("type", "string"),
                    "metadata", Map.of("type", "object", "additionalProperties", Map.of("type", "string"))),
                    "anyOf", List.of(Map.of("required", List.of("email")), Map.of("required", List.of("name")))),
            queuedOutputSchema());

    @Activate
    public CreateCustomerStep(@Reference ConnectionService connections) {
        super(connections, StripeOperation.CUSTOMER_CREATE, DESCRIPTOR);
    }
}
