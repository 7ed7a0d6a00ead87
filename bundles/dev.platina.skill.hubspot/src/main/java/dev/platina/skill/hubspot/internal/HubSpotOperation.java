package dev.platina.skill.hubspot.internal;

import dev.platina.integration.api.StepInput;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HubSpot writes the skill offers, each turning a step's input into what the channel sends: {@code body} is the
 * JSON HubSpot takes, {@code id} the record a PATCH changes. Everything is decided when the step runs (a note's
 * time included), so a repeated delivery sends exactly the same request.
 */
enum HubSpotOperation {
    CONTACT_CREATE("contact.create") {
        @Override
        Map<String, Object> parameters(Map<String, Object> given, Clock clock) {
            var input = HubSpotInput.of(given);
            Map<String, String> properties = contactProperties(input);
            // The e-mail address is what makes a repeated create find the first contact instead of a second one.
            input.email("email", true).ifPresent(v -> properties.put("email", v));
            input.check();
            return Map.of("body", Map.of("properties", properties));
        }
    },
    CONTACT_UPDATE("contact.update") {
        @Override
        Map<String, Object> parameters(Map<String, Object> given, Clock clock) {
            var input = HubSpotInput.of(given);
            String id = HubSpotInput.objectId(input, "contactId", true).orElse("");
            Map<String, String> properties = contactProperties(input);
            input.email("email", false).ifPresent(v -> properties.put("email", v));
            input.require(!properties.isEmpty(), "properties", "give at least one property to change");
            input.check();
            return Map.of("id", id, "body", Map.of("properties", properties));
        }
    },
    NOTE_CREATE("note.create") {
        @Override
        Map<String, Object> parameters(Map<String, Object> given, Clock clock) {
            var input = HubSpotInput.of(given);
            String contact = HubSpotInput.objectId(input, "contactId", true).orElse("");
            var properties = new LinkedHashMap<String, String>();
            input.text("body", true).ifPresent(v -> properties.put("hs_note_body", v));
            properties.put("hs_timestamp",
                    HubSpotInput.instant(input, "timestamp").orElse(clock.instant().toString()));
            input.check();
            return Map.of("body", Map.of("properties", properties,
                    "associations", List.of(associationTo(contact, NOTE_TO_CONTACT))));
        }
    },
    DEAL_CREATE("deal.create") {
        @Override
        Map<String, Object> parameters(Map<String, Object> given, Clock clock) {
            var input = HubSpotInput.of(given);
            var properties = new LinkedHashMap<String, String>(HubSpotInput.properties(input, "properties"));
            input.text("name", true).ifPresent(v -> properties.put("dealname", v));
            input.decimal("amount").ifPresent(v -> properties.put("amount", v));
            input.text("pipeline", false).ifPresent(v -> properties.put("pipeline", v));
            input.text("stage", false).ifPresent(v -> properties.put("dealstage", v));
            HubSpotInput.instant(input, "closeDate").ifPresent(v -> properties.put("closedate", v));
            var body = new LinkedHashMap<String, Object>();
            body.put("properties", properties);
            HubSpotInput.objectId(input, "contactId", false)
                    .ifPresent(contact -> body.put("associations", List.of(associationTo(contact, DEAL_TO_CONTACT))));
            input.check();
            return Map.of("body", body);
        }
    };

    /** HubSpot's defined association types (CRM v4 association type ids). */
    static final int NOTE_TO_CONTACT = 202;
    static final int DEAL_TO_CONTACT = 3;

    private final String id;

    HubSpotOperation(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /** @throws dev.platina.core.api.InvalidInputException naming every wrong field */
    abstract Map<String, Object> parameters(Map<String, Object> input, Clock clock);

    static HubSpotOperation of(String id) {
        for (HubSpotOperation operation : values()) {
            if (operation.id.equals(id)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("Unknown HubSpot operation: " + id);
    }

    private static Map<String, String> contactProperties(StepInput input) {
        var properties = new LinkedHashMap<String, String>(HubSpotInput.properties(input, "properties"));
        input.text("firstName", false).ifPresent(v -> properties.put("firstname", v));
        input.text("lastName", false).ifPresent(v -> properties.put("lastname", v));
        input.text("phone", false).ifPresent(v -> properties.put("phone", v));
        input.text("company", false).ifPresent(v -> properties.put("company", v));
        input.text("lifecycleStage", false).ifPresent(v -> properties.put("lifecyclestage", v));
        return properties;
    }

    private static Map<String, Object> associationTo(String contactId, int typeId) {
        return Map.of("to", Map.of("id", contactId), "types",
                List.of(Map.of("associationCategory", "HUBSPOT_DEFINED", "associationTypeId", typeId)));
    }
}
