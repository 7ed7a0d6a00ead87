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

/** Shortens a text to what a busy person needs. */
@Component(service = WorkflowStep.class)
public final class SummariseStep extends GatewayStep {

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("ai.summarise", "Summarise (AI)",
            "Shortens a text to at most the words you allow, with a confidence and the reason.", "AI",
            Map.of("type", "object", "required", List.of("text"), "properties", Map.of(
                    "text", Map.of("type", "string"),
                    "maxWords", Map.of("type", "integer", "minimum", 10, "maximum", 1000))),
            StructuredAnswer.schema(Map.of("summary", Map.of("type", "string"))));

    @Activate
    public SummariseStep(@Reference AiEngines engines, @Reference AiGateway gateway) {
        super(gateway, engines, DESCRIPTOR);
    }

    @Override
    AiTask task(StepInput input) {
        int words = input.integer("maxWords", 80, 10, 1000);
        return new AiTask("summarise", "Summarise the user's text in at most " + words + " words, keeping names,"
                + " amounts and dates.", input.text("text"), StructuredAnswer.schema(Map.of("summary",
                        Map.of("type", "string"))), Math.max(200, words * 3));
    }

    @Override
    Map<String, Object> offline(StepInput input, Caller caller, AiEngines engines) {
        ExtractiveSummary.Summary summary = ExtractiveSummary.of(input.text("text"), input.integer("maxWords", 80, 10,
                1000));
        return Map.of("summary", summary.text(), "confidence", 0.5, "rationale", "Offline engine: kept "
                + summary.sentencesKept() + " of " + summary.sentences() + " sentences, those sharing the most words"
                + " with the rest of the text; it does not rewrite or shorten sentences.");
    }
}
