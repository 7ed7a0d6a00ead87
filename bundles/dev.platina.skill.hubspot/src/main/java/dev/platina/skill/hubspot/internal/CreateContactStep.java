package dev.platina.skill.hubspot.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code hubspot.contact.create}: a contact in the organisation's HubSpot account, one per e-mail address. */
@Component(service = WorkflowStep.class)
public final class CreateContactStep extends HubSpotStep {
    static final StepDescriptor DESCRIPTOR = new StepDescriptor("hubspot.contact.create", "Create a HubSpot contact",
            "Creates a contact in HubSpot with an e-mail address and optionally name, phone, company and other"
                    + " properties; when a contact with that address exists, that one is the result.", "CRM",
            Map.of("type", "object", "required", List.of("email"), "properties", contactFields()),
            queuedOutputSchema());

    @Activate
    public CreateContactStep(@Reference ConnectionService connections) {
        super(connections, HubSpotOperation.CONTACT_CREATE, DESCRIPTOR);
    }
}
