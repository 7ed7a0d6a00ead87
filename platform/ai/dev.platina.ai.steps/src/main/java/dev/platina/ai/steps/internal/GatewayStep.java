package dev.platina.ai.steps.internal;

import dev.platina.ai.api.AiGateway;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;

/** An AI step: builds its task from the step input and asks the organisation's model through the gateway. */
abstract class GatewayStep implements WorkflowStep {

    private final AiGateway gateway;
    private final StepDescriptor descriptor;

    GatewayStep(AiGateway gateway, StepDescriptor descriptor) {
        this.gateway = gateway;
        this.descriptor = descriptor;
    }

    @Override
    public final StepDescriptor descriptor() {
        return descriptor;
    }

    /** The task for this input; an {@link IllegalArgumentException} says what the input lacks. */
    abstract AiTask task(StepInput input);

    @Override
    public final StepOutcome execute(StepExecution execution) {
        AiTask task;
        try {
            task = task(new StepInput(execution.input()));
        } catch (IllegalArgumentException e) {
            return StepOutcome.failed(e.getMessage(), false);
        }
        return StructuredAnswer.ask(gateway, execution.caller(), task);
    }
}
