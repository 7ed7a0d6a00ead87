package dev.platina.skill.stripe.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.InboundDelivery;
import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.WebhookHandler;
import dev.platina.integration.api.WebhookReading;
import dev.platina.integration.api.WebhookRefusedException;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * Reads Stripe's signed event deliveries into platform events. Stripe retries deliveries and does not keep their
 * order; the kit drops repeats by the event id ({@code evt_...}) and each event carries Stripe's {@code created}
 * time, so workflows can tell an old event from a new one.
 */
@Component(service = WebhookHandler.class)
public final class StripeWebhooks implements WebhookHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String connectorId() {
        return StripeConnector.ID;
    }

    @Override
    public WebhookReading read(Connection connection, InboundDelivery delivery) throws WebhookRefusedException {
        String secret = connection.secret(StripeConnector.WEBHOOK_SECRET).orElseThrow(() ->
                new WebhookRefusedException("No webhook signing secret is stored for this Stripe connection."));
        StripeSignature.verify(delivery.header("Stripe-Signature").orElse(null), delivery.body(), secret,
                delivery.receivedAt());
        JsonNode event;
        try {
            event = JSON.readTree(delivery.body());
        } catch (IOException e) {
            throw new IllegalArgumentException("is not a Stripe event (not JSON)");
        }
        if (event == null || !event.path("id").isTextual() || !event.path("type").isTextual()) {
            throw new IllegalArgumentException("is not a Stripe event (no id or type)");
        }
        return WebhookReading.of(normalise(event).map(List::of).orElse(List.of()));
    }

    /** The platform event for the Stripe event types this skill knows; others are acknowledged and dropped. */
    static Optional<InboundEvent> normalise(JsonNode event) {
        JsonNode object = event.path("data").path("object");
        var data = new LinkedHashMap<String, Object>();
        String type;
        switch (event.path("type").asText()) {
            case "payment_intent.succeeded" -> {
                type = "payment.succeeded";
                data.put("paymentIntent", text(object, "id"));
                data.put("amount", object.path("amount_received").asLong(object.path("amount").asLong()));
            }
            case "payment_intent.payment_failed" -> {
                type = "payment.failed";
                data.put("paymentIntent", text(object, "id"));
                data.put("amount", object.path("amount").asLong());
                data.put("failureCode", text(object.path("last_payment_error"), "code"));
                data.put("failureMessage", text(object.path("last_payment_error"), "message"));
            }
            case "invoice.paid" -> {
                type = "invoice.paid";
                data.put("invoice", text(object, "id"));
                data.put("number", text(object, "number"));
                data.put("amount", object.path("amount_paid").asLong());
                data.put("hostedInvoiceUrl", text(object, "hosted_invoice_url"));
            }
            case "refund.created" -> {
                type = "refund.created";
                data.put("refund", text(object, "id"));
                data.put("amount", object.path("amount").asLong());
                data.put("paymentIntent", text(object, "payment_intent"));
                data.put("charge", text(object, "charge"));
                data.put("status", text(object, "status"));
                data.put("reason", text(object, "reason"));
            }
            default -> {
                return Optional.empty();
            }
        }
        data.put("currency", text(object, "currency"));
        if (!data.containsKey("customer")) {
            data.put("customer", text(object, "customer"));
        }
        if (object.hasNonNull("description")) {
            data.put("description", object.get("description").asText());
        }
        data.put("livemode", event.path("livemode").asBoolean(false));
        data.put("stripeEventId", event.path("id").asText());
        data.put("stripeEventType", event.path("type").asText());
        Instant created = Instant.ofEpochSecond(event.path("created").asLong(0));
        data.put("created", created.toString());
        data.values().removeIf(value -> value == null);
        return Optional.of(new InboundEvent(event.path("id").asText(), type, created, Map.copyOf(data)));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
