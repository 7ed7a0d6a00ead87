package dev.platina.skill.salesforce.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.workflow.api.WorkflowStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code salesforce.task.create}: log a Salesforce task. */
@Component(service = WorkflowStep.class)
public final class CreateTaskStep extends SalesforceStep {

    @Activate
    public CreateTaskStep(@Reference ConnectionService connections) {
        super(connections, SalesforceObject.TASK, false, "Log a Salesforce task",
                "Creates a task with a subject and optionally who (lead or contact id), what"
                        + " (account, opportunity ...), due date, status, priority and description.");
    }
}
