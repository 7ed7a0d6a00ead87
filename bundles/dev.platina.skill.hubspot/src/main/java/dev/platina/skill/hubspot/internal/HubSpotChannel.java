package dev.platina.skill.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectorChannel;
import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.api.QueuedWrite;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Delivers the HubSpot steps' messages through the kit's guarded deliveries. HubSpot's CRM API takes no
 * idempotency key, so repeats are made harmless per operation: an update is a PATCH of the same values; a contact
 * is created by e-mail address, and when HubSpot answers that it exists (409 naming the existing id, as after a
 * lost answer) that contact is the result. Notes and deals have no such natural key: a delivery repeated after a
 * lost answer can create a second one (see the README).
 */
@Component(service = OutboxChannel.class)
public final class HubSpotChannel extends ConnectorChannel {
    static final String NAME = "hubspot";

    @Activate
    public HubSpotChannel(@Reference ConnectorDeliveries deliveries) {
        super(deliveries, NAME, HubSpotConnector.ID);
    }

    @Override
    protected void accept(QueuedWrite write) {
        HubSpotOperation.of(write.operation());
    }

    @Override
    protected CallResult perform(Connection connection, QueuedWrite write, OutboxDelivery delivery)
            throws Exception {
        return perform(connection, HubSpotOperation.of(write.operation()), write);
    }

    static CallResult perform(Connection connection, HubSpotOperation operation, QueuedWrite write)
            throws Exception {
        HubSpotClient hubspot = HubSpotClient.of(connection);
        Map<String, Object> body = write.object("body");
        return switch (operation) {
            case CONTACT_CREATE -> createContact(hubspot, body);
            case CONTACT_UPDATE -> done(hubspot.patch("/crm/v3/objects/contacts/" + write.text("id"), body),
                    "contact");
            case NOTE_CREATE -> done(hubspot.post("/crm/v3/objects/notes", body), "note");
            case DEAL_CREATE -> done(hubspot.post("/crm/v3/objects/deals", body), "deal");
        };
    }

    private static CallResult createContact(HubSpotClient hubspot, Map<String, Object> body) throws Exception {
        HubSpotResponse created = hubspot.post("/crm/v3/objects/contacts", body);
        if (created.existingId().isPresent()) {
            return CallResult.done(Map.of("id", created.existingId().get(), "object", "contact", "existed", true));
        }
        return done(created, "contact");
    }

    private static CallResult done(HubSpotResponse response, String object) {
        if (!response.ok()) {
            return response.failure();
        }
        JsonNode json = response.json();
        var receipt = new LinkedHashMap<String, Object>();
        receipt.put("id", json.path("id").asText());
        receipt.put("object", object);
        if (json.hasNonNull("updatedAt")) {
            receipt.put("updatedAt", json.get("updatedAt").asText());
        }
        return CallResult.done(receipt);
    }
}
