package dev.platina.skill.hubspot.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code hubspot.deal.create}: a deal, optionally associated with a contact. */
@Component(service = WorkflowStep.class)
public final class CreateDealStep extends HubSpotStep {
    static final StepDescriptor DESCRIPTOR = new StepDescriptor("hubspot.deal.create", "Create a HubSpot deal",
            "Creates a deal in HubSpot with a name and optionally amount, pipeline, stage (internal ids, HubSpot's"
                    + " defaults otherwise), close date and a contact it belongs to.", "CRM",
            Map.of("type", "object", "required", List.of("name"), "properties", Map.of(
                    "name", Map.of("type", "string"),
                    "amount", Map.of("type", "number", "minimum", 0),
                    "pipeline", Map.of("type", "string", "description", "Pipeline id, e.g. default"),
                    "stage", Map.of("type", "string", "description", "Deal stage id, e.g. appointmentscheduled"),
                    "closeDate", Map.of("type", "string", "format", "date-time"),
                    "contactId", Map.of("type", "string", "description", "HubSpot contact record id (digits)"),
                    "properties", Map.of("type", "object", "additionalProperties", Map.of("type", "string")))),
            queuedOutputSchema());

    @Activate
    public CreateDealStep(@Reference ConnectionService connections) {
        super(connections, HubSpotOperation.DEAL_CREATE, DESCRIPTOR);
    }
}
