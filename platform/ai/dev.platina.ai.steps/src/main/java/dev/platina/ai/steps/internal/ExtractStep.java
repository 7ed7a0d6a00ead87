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

/** Pulls the fields a JSON Schema names out of a text (an order number, an amount, a date). */
@Component(service = WorkflowStep.class)
public final class ExtractStep extends GatewayStep {

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("ai.extract", "Extract data (AI)",
            "Reads the fields your JSON Schema names out of a text, with a confidence and the reason.", "AI",
            Map.of("type", "object", "required", List.of("text", "schema"), "properties", Map.of(
                    "text", Map.of("type", "string"),
                    "schema", Map.of("type", "object", "description", "JSON Schema of the data to extract"))),
            StructuredAnswer.schema(Map.of("data", Map.of("type", "object"))));

    @Activate
    public ExtractStep(@Reference AiEngines engines, @Reference AiGateway gateway) {
        super(gateway, engines, DESCRIPTOR);
    }

    @Override
    AiTask task(StepInput input) {
        return new AiTask("extract", "Extract the data the schema of 'data' describes from the user's text. Leave"
                + " out what the text does not say; never invent values.", input.text("text"),
                StructuredAnswer.schema(Map.of("data", input.object("schema"))), 1000);
    }

    @Override
    Map<String, Object> offline(StepInput input, Caller caller, AiEngines engines) {
        PatternExtraction.Result result = PatternExtraction.extract(input.text("text"), input.object("schema"));
        int asked = result.data().size() + result.missing().size();
        return Map.of("data", result.data(), "confidence", asked == 0 ? 0.0 : (double) result.data().size() / asked,
                "rationale", "Offline engine: found " + result.data().size() + " of " + asked + " fields by"
                        + " labelled lines, the schema's patterns and formats" + (result.missing().isEmpty() ? "."
                                : "; not found: " + String.join(", ", result.missing()) + "."));
    }
}
