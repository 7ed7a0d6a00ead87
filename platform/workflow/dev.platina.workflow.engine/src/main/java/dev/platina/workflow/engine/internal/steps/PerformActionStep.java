package dev.platina.workflow.engine.internal.steps;

import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Performs the action an approval task of the same run approved: the proposal's {@code action} (a step type) with
 * its {@code parameters}, as approved, edits included. This is how a proposed action (from the AI or from an MCP
 * client) is carried out only after people, or the policy's confidence rule, allowed it: the step reads the task
 * from the run's own approvals, never from its input. The engine does the work (it knows the run's approvals and
 * the step types); this service only makes the type known to the builder and the checker.
 */
@Component(service = WorkflowStep.class)
public final class PerformActionStep implements WorkflowStep {

    public static final String TYPE = "action.perform";

    static final StepDescriptor DESCRIPTOR = new StepDescriptor(TYPE, "Perform approved action",
            "Carries out the action an earlier approval of this run approved, with its parameters as approved.",
            "Basics", Map.of("type", "object", "required", List.of("approval"), "properties", Map.of("approval",
                    Map.of("type", "string", "description", "The id of the approval node whose proposal to perform;"
                            + " its proposal names the action and its parameters"))),
            Map.of("type", "object", "properties", Map.of("action", Map.of("type", "string"), "output",
                    Map.of("type", "object"))));

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepOutcome execute(StepExecution execution) {
        return StepOutcome.failed("The workflow engine performs approved actions itself; this step cannot run"
                + " outside it.", false);
    }
}
