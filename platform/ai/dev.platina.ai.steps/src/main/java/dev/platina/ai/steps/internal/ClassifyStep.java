package dev.platina.ai.steps.internal;

import dev.platina.ai.api.ActionTemplate;
import dev.platina.ai.api.AiGateway;
import dev.platina.ai.api.MaskingSession;
import dev.platina.ai.api.Proposal;
import dev.platina.ai.api.ProposalRequest;
import dev.platina.identity.api.Caller;
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
    public ClassifyStep(@Reference AiEngines engines, @Reference AiGateway gateway) {
        super(gateway, engines, DESCRIPTOR);
    }

    @Override
    AiTask task(StepInput input) {
        List<String> labels = input.texts("labels");
        return new AiTask("classify", "Classify the user's text with exactly one of these labels: "
                + String.join(", ", labels) + "." + input.optionalText("instructions").map(i -> " " + i).orElse(""),
                input.text("text"), StructuredAnswer.schema(Map.of("label", Map.of("type", "string", "enum",
                        labels))), 300);
    }

    /** The offline engine compares the text's meaning with each label (and its instructions), no past cases. */
    @Override
    Map<String, Object> offline(StepInput input, Caller caller, AiEngines engines) {
        String instructions = input.optionalText("instructions").map(i -> " " + i).orElse("");
        List<ActionTemplate> labels = input.texts("labels").stream().map(label -> new ActionTemplate(label, label
                + instructions, "")).toList();
        MaskingSession session = engines.masker().session();
        Proposal proposal = engines.offline().propose(new ProposalRequest(session.mask(input.text("text")),
                Map.of(), labels, List.of()));
        return Map.of("label", proposal.action(), "confidence", proposal.confidence(), "rationale",
                "Offline engine: " + session.unmask(proposal.rationale()));
    }
}
