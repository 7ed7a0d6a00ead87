package dev.platina.ai.steps.internal;

import dev.platina.ai.api.AiGateway;
import dev.platina.ai.api.AiSettings;
import dev.platina.ai.api.Calibration;
import dev.platina.ai.api.Proposal;
import dev.platina.identity.api.Caller;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Proposes one action for a case (an incoming e-mail, a lead) among the organisation's actions, with parameters, a
 * reply draft, a confidence checked against the organisation's past outcomes, and the reason. It only proposes: an
 * approval node after it decides (or its confidence rule, per action), and {@code action.perform} carries it out.
 * The proposal is remembered, so the decision people take on it teaches the organisation's memory.
 */
@Component(service = WorkflowStep.class)
public final class DecideStep implements WorkflowStep {

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("ai.decide", "Decide an action (AI)",
            "Proposes which of your actions to take for a case, with its parameters, a reply draft, a confidence"
                    + " and the reason. Follow it with an approval, then 'Perform approved action'.", "AI",
            Map.of("type", "object", "required", List.of("text"), "properties", Map.of(
                    "text", Map.of("type", "string", "description", "The case: e.g. the e-mail that came in"),
                    "actions", Map.of("type", "array", "description", "The actions to choose from: step types or"
                            + " tools, or objects {action, description, draft, parameters} whose templates may"
                            + " use {field} and {draft}; leave out to offer every action"),
                    "fields", Map.of("type", "object", "description", "What is already known about the case,"
                            + " e.g. {\"name\": \"Dora\", \"order\": \"A-17\"}"),
                    "instructions", Map.of("type", "string", "description", "Guidance for a language model"))),
            Map.of("type", "object", "properties", Map.of(
                    "action", Map.of("type", "string"), "parameters", Map.of("type", "object"),
                    "draft", Map.of("type", "string"), "confidence", Map.of("type", "number"),
                    "rawConfidence", Map.of("type", "number"), "rationale", Map.of("type", "string"),
                    "engine", Map.of("type", "string"), "proposed", Map.of("type", "string"),
                    "precedents", Map.of("type", "array"))));

    static final int MEMORY_CASES = 2_000;

    private final AiGateway gateway;
    private final AiEngines engines;

    @Activate
    public DecideStep(@Reference AiGateway gateway, @Reference AiEngines engines) {
        this.gateway = gateway;
        this.engines = engines;
    }

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepOutcome execute(StepExecution execution) {
        Caller caller = execution.caller();
        var input = new StepInput(execution.input());
        String text;
        List<OfferedAction> actions;
        Map<String, String> fields;
        try {
            text = input.text("text");
            actions = OfferedActions.of(execution.input().get("actions"), caller, engines);
            fields = input.textMap("fields");
        } catch (IllegalArgumentException e) {
            return StepOutcome.failed(e.getMessage(), false);
        }
        AiSettings settings = engines.settings(caller);
        Decision decision;
        try {
            decision = settings.external()
                    ? new ModelDecision(gateway, engines).decide(caller, text, fields, actions,
                            input.optionalText("instructions").orElse(""), settings.provider())
                    : new OfflineDecision(engines).decide(caller, text, fields, actions);
        } catch (DecisionFailure failure) {
            return failure.outcome();
        } catch (IllegalStateException e) {
            return StepOutcome.failed(e.getMessage(), true);
        }
        Calibration calibration = engines.memory().map(memory -> memory.calibrate(caller, decision.proposal()
                .engine(), decision.proposal().confidence())).orElse(new Calibration(decision.proposal()
                        .confidence(), decision.proposal().confidence(), 0));
        engines.memory().ifPresent(memory -> memory.remember(caller, execution.runId(), execution.nodeId(), text,
                decision.proposal()));
        return StepOutcome.done(output(decision, calibration));
    }

    private static Map<String, Object> output(Decision decision, Calibration calibration) {
        Proposal proposal = decision.proposal();
        var output = new LinkedHashMap<String, Object>();
        output.put("action", decision.action().stepType());
        output.put("parameters", decision.action().performedParameters(decision.parameters()));
        output.put("draft", proposal.draft());
        output.put("confidence", round(calibration.confidence()));
        output.put("rawConfidence", round(proposal.confidence()));
        output.put("rationale", proposal.rationale() + (calibration.calibrated() ? " Confidence "
                + percent(calibration.raw()) + " calibrated to " + percent(calibration.confidence()) + " from "
                + calibration.outcomes() + " past decisions." : ""));
        output.put("engine", proposal.engine());
        output.put("proposed", decision.action().name());
        output.put("precedents", proposal.precedents().stream().map(p -> Map.of("caseId", p.caseId(), "action",
                p.action(), "similarity", round(p.similarity()))).toList());
        return output;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String percent(double value) {
        return Math.round(value * 100) + "%";
    }

    /** A proposal, the offered action it chose and the parameters to perform it with. */
    record Decision(Proposal proposal, OfferedAction action, Map<String, Object> parameters) {
    }

    /** Why no proposal was made, as the step's outcome (refusal, outage, unreadable answer). */
    static final class DecisionFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient StepOutcome outcome;

        DecisionFailure(StepOutcome outcome) {
            super(outcome.failure().orElse(""), null, false, false);
            this.outcome = outcome;
        }

        StepOutcome outcome() {
            return outcome;
        }
    }
}
