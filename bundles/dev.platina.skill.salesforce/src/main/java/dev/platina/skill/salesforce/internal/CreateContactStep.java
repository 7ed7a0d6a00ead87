package dev.platina.skill.salesforce.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.workflow.api.WorkflowStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code salesforce.contact.create}: create a Salesforce contact. */
@Component(service = WorkflowStep.class)
public final class CreateContactStep extends SalesforceStep {

    @Activate
    public CreateContactStep(@Reference ConnectionService connections) {
        super(connections, SalesforceObject.CONTACT, false, "Create a Salesforce contact",
                "Creates a contact with a last name and optionally name, e-mail, phone, title,"
                        + " account and more fields.");
    }
}
