package dev.platina.skill.salesforce.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.workflow.api.WorkflowStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code salesforce.lead.update}: update a Salesforce lead. */
@Component(service = WorkflowStep.class)
public final class UpdateLeadStep extends SalesforceStep {

    @Activate
    public UpdateLeadStep(@Reference ConnectionService connections) {
        super(connections, SalesforceObject.LEAD, true, "Update a Salesforce lead",
                "Changes the given fields of a lead; when Salesforce changed the lead after the"
                        + " lastModified given, Salesforce wins and the update is refused.");
    }
}
