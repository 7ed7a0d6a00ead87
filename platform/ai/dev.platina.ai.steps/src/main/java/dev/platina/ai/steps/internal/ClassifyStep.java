package dev.platina.ai.steps.internal;

import dev.platina.ai.api.AiGateway;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Picks one of the given labels for a text (route an e-mail, tag a ticket). */
@Component(service = WorkflowStep.class)
public final class ClassifyStep extends GatewayStep {

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("ai.classify", "Classify (AI)",
            "Picks one of your labels for a text, with a confidence and the reason.", "AI",
            Map.of("type", "object", "required", List.of("text", "labels"), "properties", Map.of(
                    "text", Map.of("type", "string", "description", "The text to classify"),
                    "labels", Map.of("type", "array", "items", Map.of("type", "string"),
                            "description", "The labels to choose from"),
                    "instructions", Map.of("type", "string", "description", "What the labels mean, optional"))),
            StructuredAnswer.schema(Map.of("label", Map.of("type", "string"))));

    @Activate
    public ClassifyStep(@Reference AiGateway gateway) {
        super(gateway, DESCRIPTOR);
    }

    @Override
    AiTask task(StepInput input) {
        List<String> labels = input.texts("labels");
        return new AiTask("classify", "Classify the user's text with exactly one of these labels: "
                + String.join(", ", labels) + "." + input.optionalText("instructions").map(i -> " " + i).orElse(""),
                input.text("text"), StructuredAnswer.schema(Map.of("label", Map.of("type", "string", "enum",
                        labels))), 300);
    }
}
