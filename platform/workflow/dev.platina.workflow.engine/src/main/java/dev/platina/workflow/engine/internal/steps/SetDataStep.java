package dev.platina.workflow.engine.internal.steps;

import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Sets data for the next steps: its output is its input, whose values may be expressions over the run's input
 * and earlier steps' outputs. This is how a workflow renames, combines and computes values.
 */
@Component(service = WorkflowStep.class)
public final class SetDataStep implements WorkflowStep {

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("data.set", "Set data",
            "Makes values available to the next steps: each field is a value or an expression.", "Basics",
            Map.of("type", "object"), Map.of("type", "object"));

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepOutcome execute(StepExecution execution) {
        return StepOutcome.done(execution.input());
    }
}
