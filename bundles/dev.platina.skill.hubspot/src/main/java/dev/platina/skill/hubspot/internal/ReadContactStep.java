package dev.platina.skill.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.core.api.InvalidInputException;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.StepInput;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code hubspot.contact.read}: a contact's name, e-mail address, company and stage, so a workflow started by
 * {@code crm.lead.created} (which carries only the contact's id) can work with the lead. A read changes nothing, so
 * it calls HubSpot at once instead of going through the outbox; while HubSpot is down the step fails as retryable
 * and the engine tries again.
 */
@Component(service = WorkflowStep.class)
public final class ReadContactStep implements WorkflowStep {
    static final String PROPERTIES = "email,firstname,lastname,company,phone,lifecyclestage,jobtitle";
    static final StepDescriptor DESCRIPTOR = new StepDescriptor("hubspot.contact.read", "Read a HubSpot contact",
            "Reads a contact's e-mail address, name, company, phone, job title and lifecycle stage from HubSpot.",
            "CRM", Map.of("type", "object", "required", List.of("contactId"), "properties", Map.of(
                    "contactId", Map.of("type", "string", "description", "The HubSpot record id"))),
            Map.of("type", "object", "properties", Map.of(
                    "id", Map.of("type", "string"), "email", Map.of("type", "string"),
                    "firstName", Map.of("type", "string"), "lastName", Map.of("type", "string"),
                    "company", Map.of("type", "string"), "phone", Map.of("type", "string"),
                    "jobTitle", Map.of("type", "string"), "lifecycleStage", Map.of("type", "string"))));

    private final ConnectionService connections;

    @Activate
    public ReadContactStep(@Reference ConnectionService connections) {
        this.connections = connections;
    }

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepOutcome execute(StepExecution execution) {
        String contactId;
        try {
            StepInput input = HubSpotInput.of(execution.input());
            contactId = HubSpotInput.objectId(input, "contactId", true).orElse("");
            input.check();
        } catch (InvalidInputException e) {
            return StepOutcome.failed("The input is not right for HubSpot: " + e.getMessage(), false);
        }
        Optional<Connection> connection = connections.connection(execution.caller().organization(),
                HubSpotConnector.ID);
        if (connection.isEmpty()) {
            return StepOutcome.failed("HubSpot is not connected for this organisation; an administrator can connect"
                    + " it under Settings > Connections.", false);
        }
        HubSpotResponse answer;
        try {
            answer = HubSpotClient.of(connection.get())
                    .get("/crm/v3/objects/contacts/" + contactId + "?properties=" + PROPERTIES);
        } catch (IOException e) {
            return StepOutcome.failed("Could not reach HubSpot: " + e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StepOutcome.failed("Interrupted while reading from HubSpot", true);
        }
        if (answer.status() == 404) {
            return StepOutcome.failed("HubSpot has no contact " + contactId + ".", false);
        }
        if (!answer.ok()) {
            boolean retryable = answer.status() == 429 || answer.status() >= 500;
            if (answer.status() == 401 || answer.status() == 403) {
                connection.get().failed("HubSpot refused the access token: " + answer.errorMessage());
            }
            return StepOutcome.failed("HubSpot answered " + answer.status() + ": " + answer.errorMessage(),
                    retryable);
        }
        return StepOutcome.done(contact(answer.json()));
    }

    static Map<String, Object> contact(JsonNode json) {
        JsonNode properties = json.path("properties");
        var contact = new LinkedHashMap<String, Object>();
        contact.put("id", json.path("id").asText());
        put(contact, "email", properties, "email");
        put(contact, "firstName", properties, "firstname");
        put(contact, "lastName", properties, "lastname");
        put(contact, "company", properties, "company");
        put(contact, "phone", properties, "phone");
        put(contact, "jobTitle", properties, "jobtitle");
        put(contact, "lifecycleStage", properties, "lifecyclestage");
        return contact;
    }

    private static void put(Map<String, Object> contact, String name, JsonNode properties, String property) {
        JsonNode value = properties.path(property);
        contact.put(name, value.isValueNode() && !value.isNull() ? value.asText() : "");
    }
}
