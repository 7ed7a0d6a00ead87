package dev.platina.skill.stripe.internal;

import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectorChannel;
import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.api.QueuedWrite;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import java.util.LinkedHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Delivers the Stripe steps' messages. Every request carries an {@code Idempotency-Key} derived from the outbox
 * message's key, so a delivery repeated after a lost answer or an outage gets Stripe's first answer back instead of
 * a second customer, invoice or refund. An invoice with an item is two requests (the draft invoice, then the item
 * on it), each with its own derived key, so a repeat after the first one succeeded continues where it stopped.
 */
@Component(service = OutboxChannel.class)
public final class StripeChannel extends ConnectorChannel {

    static final String NAME = "stripe";

    @Activate
    public StripeChannel(@Reference ConnectorDeliveries deliveries) {
        super(deliveries, NAME, StripeConnector.ID);
    }

    @Override
    protected void accept(QueuedWrite write) {
        StripeOperation.of(write.operation());
    }

    @Override
    protected CallResult perform(Connection connection, QueuedWrite write, OutboxDelivery delivery)
            throws Exception {
        StripeClient stripe = StripeClient.of(connection);
        String key = delivery.idempotencyKey();
        return switch (StripeOperation.of(write.operation())) {
            case CUSTOMER_CREATE -> single(stripe.post("/v1/customers", write.object("customer"), key));
            case REFUND_CREATE -> single(stripe.post("/v1/refunds", write.object("refund"), key));
            case INVOICE_CREATE -> invoice(stripe, write, key);
        };
    }

    private static CallResult invoice(StripeClient stripe, QueuedWrite write, String key) throws Exception {
        StripeResponse invoice = stripe.post("/v1/invoices", write.object("invoice"), key + ":invoice");
        if (!invoice.ok()) {
            return invoice.failure();
        }
        String invoiceId = invoice.json().path("id").asText();
        var receipt = new LinkedHashMap<String, Object>();
        receipt.put("invoice", invoiceId);
        if (!write.object("item").isEmpty()) {
            var item = new LinkedHashMap<String, Object>(write.object("item"));
            item.put("customer", write.object("invoice").get("customer"));
            item.put("invoice", invoiceId);
            StripeResponse added = stripe.post("/v1/invoiceitems", item, key + ":item");
            if (!added.ok()) {
                return added.failure();
            }
            receipt.put("item", added.json().path("id").asText());
        }
        return CallResult.done(receipt);
    }

    private static CallResult single(StripeResponse response) {
        if (!response.ok()) {
            return response.failure();
        }
        var receipt = new LinkedHashMap<String, Object>();
        receipt.put("id", response.json().path("id").asText());
        receipt.put("object", response.json().path("object").asText());
        if (response.json().hasNonNull("status")) {
            receipt.put("status", response.json().path("status").asText());
        }
        return CallResult.done(receipt);
    }
}
