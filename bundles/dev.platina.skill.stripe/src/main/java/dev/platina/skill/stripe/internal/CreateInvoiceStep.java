package dev.platina.skill.stripe.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code stripe.invoice.create}: a draft invoice for a customer, optionally with one item. */
@Component(service = WorkflowStep.class)
public final class CreateInvoiceStep extends StripeStep {

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("stripe.invoice.create", "Create a Stripe invoice",
            "Creates a draft invoice in Stripe for a customer (cus_...), sent for payment within daysUntilDue days"
                    + " (default 30) or charged automatically, optionally with one item (amount in the smallest"
                    + " currency unit, e.g. cents).", "Payments",
            Map.of("type", "object", "required", List.of("customer"), "properties", Map.of(
                    "customer", Map.of("type", "string", "description", "Stripe customer id, cus_..."),
                    "collectionMethod", Map.of("type", "string", "enum", List.of("send_invoice",
                            "charge_automatically")),
                    "daysUntilDue", Map.of("type", "integer", "minimum", 1, "maximum", 365),
                    "description", Map.of("type", "string"),
                    "metadata", Map.of("type", "object", "additionalProperties", Map.of("type", "string")),
                    "item", Map.of("type", "object", "required", List.of("amount", "currency"), "properties", Map.of(
                            "amount", Map.of("type", "integer", "minimum", 1),
                            "currency", Map.of("type", "string", "pattern", "^[a-zA-Z]{3}$"),
                            "description", Map.of("type", "string"))))),
            queuedOutputSchema());

    @Activate
    public CreateInvoiceStep(@Reference ConnectionService connections) {
        super(connections, StripeOperation.INVOICE_CREATE, DESCRIPTOR);
    }
}
