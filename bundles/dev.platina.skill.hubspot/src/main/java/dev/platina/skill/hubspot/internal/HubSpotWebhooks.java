package dev.platina.skill.hubspot.internal;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * Reads HubSpot's signed webhook deliveries (v3) into platform events. One delivery carries up to a hundred events;
 * HubSpot retries failed deliveries and does not keep their order, so the kit drops repeats by {@code eventId} and
 * each event carries HubSpot's {@code occurredAt}.
 */
@Component(service = WebhookHandler.class)
public final class HubSpotWebhooks implements WebhookHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String connectorId() {
        return HubSpotConnector.ID;
    }

    @Override
    public WebhookReading read(Connection connection, InboundDelivery delivery) throws WebhookRefusedException {
        String secret = connection.secret(HubSpotConnector.CLIENT_SECRET).orElseThrow(() ->
                new WebhookRefusedException("No client secret is stored for this HubSpot connection."));
        HubSpotSignature.verify(delivery.header("X-HubSpot-Signature-v3").orElse(null),
                delivery.header("X-HubSpot-Request-Timestamp").orElse(null), "POST", signedUri(connection, delivery),
                delivery.body(), secret, delivery.receivedAt());
        JsonNode events;
        try {
            events = JSON.readTree(delivery.body());
        } catch (IOException e) {
            throw new IllegalArgumentException("is not a HubSpot delivery (not JSON)");
        }
        if (events == null || !events.isArray()) {
            throw new IllegalArgumentException("is not a HubSpot delivery (not a JSON array of events)");
        }
        var read = new ArrayList<InboundEvent>();
        for (JsonNode event : events) {
            if (!event.path("eventId").isValueNode() || !event.path("subscriptionType").isTextual()) {
                throw new IllegalArgumentException("is not a HubSpot delivery (an event has no eventId or"
                        + " subscriptionType)");
            }
            normalise(event).ifPresent(read::add);
        }
        return WebhookReading.of(read);
    }

    /**
     * The address HubSpot signed: the one entered in HubSpot when the administrator gave it, otherwise the kit's
     * hook address on the host the request came to (behind a proxy, as the proxy forwarded it).
     */
    static String signedUri(Connection connection, InboundDelivery delivery) {
        Optional<String> entered = connection.setting(HubSpotConnector.WEBHOOK_URL).filter(url -> !url.isBlank());
        if (entered.isPresent()) {
            return entered.get().strip();
        }
        return delivery.hookAddress(connection);
    }

    /** The platform event for the subscription types this skill knows; others are acknowledged and dropped. */
    static Optional<InboundEvent> normalise(JsonNode event) {
        String subscription = event.path("subscriptionType").asText();
        String type = switch (subscription) {
            case "contact.creation" -> "crm.lead.created";
            case "contact.propertyChange" -> "crm.contact.updated";
            case "deal.creation" -> "crm.deal.created";
            default -> null;
        };
        if (type == null) {
            return Optional.empty();
        }
        var data = new LinkedHashMap<String, Object>();
        String objectId = text(event, "objectId");
        data.put(subscription.startsWith("deal.") ? "dealId" : "contactId", objectId);
        data.put("objectId", objectId);
        data.put("portalId", text(event, "portalId"));
        data.put("propertyName", text(event, "propertyName"));
        data.put("propertyValue", text(event, "propertyValue"));
        data.put("changeSource", text(event, "changeSource"));
        Instant occurredAt = Instant.ofEpochMilli(event.path("occurredAt").asLong(0));
        data.put("occurredAt", occurredAt.toString());
        data.put("hubspotEventId", text(event, "eventId"));
        data.put("hubspotSubscriptionType", subscription);
        data.values().removeIf(value -> value == null);
        return Optional.of(new InboundEvent(text(event, "eventId"), type, occurredAt, Map.copyOf(data)));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
