package dev.platina.ai.steps.internal;

import dev.platina.ai.api.AiGateway;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Writes a reply to a message, to be approved before it goes anywhere. */
@Component(service = WorkflowStep.class)
public final class DraftStep extends GatewayStep {

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("ai.draft", "Draft a reply (AI)",
            "Writes a reply to a message in your words and tone, with a confidence and the reason.", "AI",
            Map.of("type", "object", "required", List.of("message"), "properties", Map.of(
                    "message", Map.of("type", "string", "description", "The message to answer"),
                    "instructions", Map.of("type", "string", "description", "What the reply must say or do"),
                    "tone", Map.of("type", "string", "description", "e.g. friendly, formal"))),
            StructuredAnswer.schema(Map.of("subject", Map.of("type", "string"), "body", Map.of("type",
                    "string"))));

    @Activate
    public DraftStep(@Reference AiGateway gateway) {
        super(gateway, DESCRIPTOR);
    }

    @Override
    AiTask task(StepInput input) {
        return new AiTask("draft", "Draft a reply to the user's message" + input.optionalText("tone")
                .map(t -> " in a " + t + " tone").orElse("") + "." + input.optionalText("instructions")
                        .map(i -> " " + i).orElse("") + " Keep placeholders such as [NAME_1] as they are.",
                input.text("message"), StructuredAnswer.schema(Map.of("subject", Map.of("type", "string"), "body",
                        Map.of("type", "string"))), 1500);
    }
}
