package dev.platina.skill.salesforce.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.workflow.api.WorkflowStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code salesforce.lead.create}: create a Salesforce lead. */
@Component(service = WorkflowStep.class)
public final class CreateLeadStep extends SalesforceStep {

    @Activate
    public CreateLeadStep(@Reference ConnectionService connections) {
        super(connections, SalesforceObject.LEAD, false, "Create a Salesforce lead",
                "Creates a lead with a last name and company and optionally name, e-mail, phone,"
                        + " title, status, source and more fields; with an external id field configured, a"
                        + " repeated delivery finds the same lead.");
    }
}
