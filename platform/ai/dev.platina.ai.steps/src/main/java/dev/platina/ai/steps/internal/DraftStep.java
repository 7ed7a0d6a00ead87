package dev.platina.ai.steps.internal;

import dev.platina.ai.api.AiGateway;
import dev.platina.identity.api.Caller;
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
                    "tone", Map.of("type", "string", "description", "e.g. friendly, formal"),
                    "template", Map.of("type", "string", "description", "Offline engine: the reply, with"
                            + " {placeholders} filled from 'fields'"),
                    "subject", Map.of("type", "string", "description", "Offline engine: the subject template"),
                    "fields", Map.of("type", "object", "description", "Values for the templates' placeholders"))),
            StructuredAnswer.schema(Map.of("subject", Map.of("type", "string"), "body", Map.of("type",
                    "string"))));

    @Activate
    public DraftStep(@Reference AiEngines engines, @Reference AiGateway gateway) {
        super(gateway, engines, DESCRIPTOR);
    }

    @Override
    AiTask task(StepInput input) {
        return new AiTask("draft", "Draft a reply to the user's message" + input.optionalText("tone")
                .map(t -> " in a " + t + " tone").orElse("") + "." + input.optionalText("instructions")
                        .map(i -> " " + i).orElse("") + " Keep placeholders such as [NAME_1] as they are.",
                input.text("message"), StructuredAnswer.schema(Map.of("subject", Map.of("type", "string"), "body",
                        Map.of("type", "string"))), 1500);
    }

    /** The offline engine writes no new text: it fills the author's template from the fields. */
    @Override
    Map<String, Object> offline(StepInput input, Caller caller, AiEngines engines) {
        String template = input.optionalText("template").orElseThrow(() -> new IllegalArgumentException("The"
                + " offline engine does not write new text: give this step a 'template' (with {placeholders} filled"
                + " from 'fields'), or choose a language model in Settings > AI."));
        Map<String, String> fields = input.textMap("fields");
        String body = TemplateFiller.fill(template, fields);
        List<String> unfilled = new java.util.ArrayList<>();
        java.util.regex.Matcher left = java.util.regex.Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)}")
                .matcher(body);
        while (left.find()) {
            unfilled.add(left.group(1));
        }
        return Map.of("subject", input.optionalText("subject").map(s -> TemplateFiller.fill(s, fields)).orElse(""),
                "body", body, "confidence", unfilled.isEmpty() ? 0.6 : 0.2, "rationale", "Offline engine: filled"
                        + " the template from the fields" + (unfilled.isEmpty() ? "." : "; still to fill: "
                                + String.join(", ", unfilled) + "."));
    }
}
