package dev.platina.workflow.engine.internal.steps;

import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** Writes a line into the run's history, e.g. to explain a branch to whoever reads the run later. */
@Component(service = WorkflowStep.class)
public final class NoteStep implements WorkflowStep {

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("note", "Note",
            "Adds a line of text to the run's history.", "Basics",
            Map.of("type", "object", "required", List.of("text"),
                    "properties", Map.of("text", Map.of("type", "string", "maxLength", 2000))),
            Map.of("type", "object", "properties", Map.of("text", Map.of("type", "string"))));

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepOutcome execute(StepExecution execution) {
        Object text = execution.input().get("text");
        if (!(text instanceof String line) || line.isBlank()) {
            return StepOutcome.failed("A note needs a text.", false);
        }
        return StepOutcome.done(Map.of("text", line.length() > 2000 ? line.substring(0, 2000) : line));
    }
}
