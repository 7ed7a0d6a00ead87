package dev.platina.skill.salesforce.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.workflow.api.WorkflowStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code salesforce.contact.update}: update a Salesforce contact. */
@Component(service = WorkflowStep.class)
public final class UpdateContactStep extends SalesforceStep {

    @Activate
    public UpdateContactStep(@Reference ConnectionService connections) {
        super(connections, SalesforceObject.CONTACT, true, "Update a Salesforce contact",
                "Changes the given fields of a contact; when Salesforce changed the contact after the"
                        + " lastModified given, Salesforce wins and the update is refused.");
    }
}
