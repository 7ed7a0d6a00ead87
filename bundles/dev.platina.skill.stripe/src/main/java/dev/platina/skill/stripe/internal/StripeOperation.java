package dev.platina.skill.stripe.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The writes this skill makes, each turned from a step's input into Stripe's parameters. The parameters travel
 * through the outbox as the message's payload, so a delivery after a restart sends exactly what the step decided.
 */
enum StripeOperation {

    CUSTOMER_CREATE("customer.create") {
        @Override
        Map<String, Object> parameters(Map<String, Object> given) {
            var input = StripeInput.of(given);
            var p = new LinkedHashMap<String, Object>();
            input.email("email", false).ifPresent(v -> p.put("email", v));
            input.text("name", false).ifPresent(v -> p.put("name", v));
            input.text("phone", false).ifPresent(v -> p.put("phone", v));
            input.text("description", false).ifPresent(v -> p.put("description", v));
            StripeInput.metadata(input, "metadata").ifPresent(v -> p.put("metadata", v));
            input.require(p.containsKey("email") || p.containsKey("name"), "email",
                    "give the customer's e-mail address or name");
            input.check();
            return Map.of("customer", p);
        }
    },

    INVOICE_CREATE("invoice.create") {
        @Override
        Map<String, Object> parameters(Map<String, Object> given) {
            var input = StripeInput.of(given);
            var invoice = new LinkedHashMap<String, Object>();
            input.text("customer", true).ifPresent(v -> invoice.put("customer", v));
            String method = input.oneOf("collectionMethod", false, Set.of("send_invoice", "charge_automatically"))
                    .orElse("send_invoice");
            invoice.put("collection_method", method);
            if (method.equals("send_invoice")) {
                invoice.put("days_until_due", input.wholeNumber("daysUntilDue", false, 1, 365).orElse(30L));
            }
            input.text("description", false).ifPresent(v -> invoice.put("description", v));
            StripeInput.metadata(input, "metadata").ifPresent(v -> invoice.put("metadata", v));
            // Only the item given here goes on the invoice, not whatever else waits for the customer.
            invoice.put("pending_invoice_items_behavior", "exclude");
            var result = new LinkedHashMap<String, Object>();
            result.put("invoice", invoice);
            input.object("item").ifPresent(itemInput -> {
                var item = new LinkedHashMap<String, Object>();
                StripeInput.amount(itemInput, "amount", true).ifPresent(v -> item.put("amount", v));
                StripeInput.currency(itemInput, "currency", true).ifPresent(v -> item.put("currency", v));
                itemInput.text("description", false).ifPresent(v -> item.put("description", v));
                input.merge("item", itemInput);
                result.put("item", item);
            });
            input.check();
            return result;
        }
    },

    REFUND_CREATE("refund.create") {
        @Override
        Map<String, Object> parameters(Map<String, Object> given) {
            var input = StripeInput.of(given);
            var p = new LinkedHashMap<String, Object>();
            input.text("paymentIntent", false).ifPresent(v -> p.put("payment_intent", v));
            input.text("charge", false).ifPresent(v -> p.put("charge", v));
            input.require(p.size() == 1, "paymentIntent", "give either the payment intent (pi_...) or the charge"
                    + " (ch_...) to refund, not both");
            StripeInput.amount(input, "amount", false).ifPresent(v -> p.put("amount", v));
            input.oneOf("reason", false, Set.of("duplicate", "fraudulent", "requested_by_customer"))
                    .ifPresent(v -> p.put("reason", v));
            StripeInput.metadata(input, "metadata").ifPresent(v -> p.put("metadata", v));
            input.check();
            return Map.of("refund", p);
        }
    };

    private final String id;

    StripeOperation(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /** @throws dev.platina.core.api.InvalidInputException naming every wrong field */
    abstract Map<String, Object> parameters(Map<String, Object> input);

    static StripeOperation of(String id) {
        for (StripeOperation operation : values()) {
            if (operation.id.equals(id)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("Unknown Stripe operation: " + id);
    }
}
