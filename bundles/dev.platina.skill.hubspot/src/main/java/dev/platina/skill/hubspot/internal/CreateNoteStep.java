package dev.platina.skill.hubspot.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code hubspot.note.create}: a note on a contact's timeline. */
@Component(service = WorkflowStep.class)
public final class CreateNoteStep extends HubSpotStep {
    static final StepDescriptor DESCRIPTOR = new StepDescriptor("hubspot.note.create", "Add a note to a HubSpot contact",
            "Adds a note to a HubSpot contact's timeline, dated now unless a timestamp is given.", "CRM",
            Map.of("type", "object", "required", List.of("contactId", "body"), "properties", Map.of(
                    "contactId", Map.of("type", "string", "description", "HubSpot contact record id (digits)"),
                    "body", Map.of("type", "string", "description", "The note's text (HubSpot shows simple HTML)"),
                    "timestamp", Map.of("type", "string", "format", "date-time"))),
            queuedOutputSchema());

    @Activate
    public CreateNoteStep(@Reference ConnectionService connections) {
        super(connections, HubSpotOperation.NOTE_CREATE, DESCRIPTOR);
    }
}
