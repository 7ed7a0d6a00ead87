package dev.platina.ai.steps.internal;

import dev.platina.ai.api.AiGateway;
import dev.platina.identity.api.Caller;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.util.Map;

/**
 * An AI step: with a language model chosen, builds its task from the step input and asks the organisation's model
 * through the gateway; on the offline engine (the default), answers in process with what that engine can honestly
 * do, saying so in the output's {@code model} ({@code offline}) and rationale.
 */
abstract class GatewayStep implements WorkflowStep {

    private final AiGateway gateway;
    private final AiEngines engines;
    private final StepDescriptor descriptor;

    GatewayStep(AiGateway gateway, AiEngines engines, StepDescriptor descriptor) {
        this.gateway = gateway;
        this.engines = engines;
        this.descriptor = descriptor;
    }

    @Override
    public final StepDescriptor descriptor() {
        return descriptor;
    }

    /** The task for this input; an {@link IllegalArgumentException} says what the input lacks. */
    abstract AiTask task(StepInput input);

    /**
     * The offline engine's answer, with {@code confidence} and {@code rationale}; an {@link IllegalArgumentException}
     * says what the input lacks, an {@link IllegalStateException} that the engine cannot answer now.
     */
    abstract Map<String, Object> offline(StepInput input, Caller caller, AiEngines engines);

    @Override
    public final StepOutcome execute(StepExecution execution) {
        var input = new StepInput(execution.input());
        AiTask task;
        try {
            task = task(input);
        } catch (IllegalArgumentException e) {
            return StepOutcome.failed(e.getMessage(), false);
        }
        if (engines.settings(execution.caller()).external()) {
            return StructuredAnswer.ask(gateway, execution.caller(), task);
        }
        try {
            var output = new java.util.LinkedHashMap<>(offline(input, execution.caller(), engines));
            output.put("model", "offline");
            return StepOutcome.done(output);
        } catch (IllegalArgumentException e) {
            return StepOutcome.failed(e.getMessage(), false);
        } catch (IllegalStateException e) {
            return StepOutcome.failed(e.getMessage(), true);
        }
    }
}
