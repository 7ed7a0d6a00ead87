package dev.platina.skill.hubspot.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code hubspot.contact.update}: changes properties of a HubSpot contact by its record id. */
@Component(service = WorkflowStep.class)
public final class UpdateContactStep extends HubSpotStep {
    static final StepDescriptor DESCRIPTOR = new StepDescriptor("hubspot.contact.update", "Update a HubSpot contact",
            "Changes the given properties of a HubSpot contact (by its record id); properties left out keep their"
                    + " values.", "CRM",
            Map.of("type", "object", "required", List.of("contactId"), "properties", withContactId()),
            queuedOutputSchema());

    @Activate
    public UpdateContactStep(@Reference ConnectionService connections) {
        super(connections, HubSpotOperation.CONTACT_UPDATE, DESCRIPTOR);
    }

    private static Map<String, Object> withContactId() {
        var fields = new LinkedHashMap<String, Object>(contactFields());
        fields.put("contactId", Map.of("type", "string", "description", "HubSpot contact record id (digits)"));
        return fields;
    }
}
