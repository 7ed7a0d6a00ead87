package dev.platina.ai.steps.internal;

import dev.platina.ai.api.AiGateway;
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
    public ExtractStep(@Reference AiGateway gateway) {
        super(gateway, DESCRIPTOR);
    }

    @Override
    AiTask task(StepInput input) {
        return new AiTask("extract", "Extract the data the schema of 'data' describes from the user's text. Leave"
                + " out what the text does not say; never invent values.", input.text("text"),
                StructuredAnswer.schema(Map.of("data", input.object("schema"))), 1000);
    }
}
