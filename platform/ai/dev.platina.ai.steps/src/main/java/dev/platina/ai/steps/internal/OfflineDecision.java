package dev.platina.ai.steps.internal;

import dev.platina.ai.api.ActionTemplate;
import dev.platina.ai.api.AiSettings;
import dev.platina.ai.api.MaskingSession;
import dev.platina.ai.api.Proposal;
import dev.platina.ai.api.ProposalRequest;
import dev.platina.ai.api.Recollection;
import dev.platina.identity.api.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision by the offline engine from the organisation's memory. The engine and the memory only ever see masked
 * text: the new case is masked the way stored cases were, so placeholders such as {@code [NAME_1]} line up, and the
 * proposal is unmasked before anyone reads it.
 */
final class OfflineDecision {

    private final AiEngines engines;

    OfflineDecision(AiEngines engines) {
        this.engines = engines;
    }

    DecideStep.Decision decide(Caller caller, String text, Map<String, String> fields, List<OfferedAction> actions) {
        MaskingSession session = engines.masker().session();
        var maskedFields = new LinkedHashMap<String, String>();
        fields.forEach((name, value) -> maskedFields.put(name, session.mask(value)));
        Recollection memory = engines.memory().map(m -> m.recall(caller, AiSettings.OFFLINE, DecideStep.MEMORY_CASES))
                .orElse(new Recollection(List.of(), new byte[0]));
        List<ActionTemplate> templates = actions.stream().map(action -> new ActionTemplate(action.name(),
                action.description(), action.draftTemplate())).toList();
        Proposal masked = engines.offline().propose(new ProposalRequest(session.mask(text), maskedFields, templates,
                memory.cases(), memory.learnedState()));
        var parameters = new LinkedHashMap<String, String>();
        masked.parameters().forEach((name, value) -> parameters.put(name, session.unmask(value)));
        Proposal proposal = new Proposal(masked.action(), parameters, session.unmask(masked.draft()),
                masked.confidence(), session.unmask(masked.rationale()), masked.precedents(), masked.engine());
        OfferedAction chosen = actions.stream().filter(action -> action.name().equals(proposal.action())).findFirst()
                .orElseThrow(() -> new IllegalStateException("The offline engine proposed '" + proposal.action()
                        + "', which was not offered."));
        return new DecideStep.Decision(proposal, chosen, parameters(chosen, proposal, fields));
    }

    /**
     * The action's parameters template filled from the fields and the draft; without a template, the parameters
     * the engine took from the most similar past case.
     */
    private static Map<String, Object> parameters(OfferedAction action, Proposal proposal, Map<String, String> fields) {
        if (action.parameterTemplate().isEmpty()) {
            return new LinkedHashMap<>(proposal.parameters());
        }
        var values = new LinkedHashMap<>(fields);
        values.put("draft", proposal.draft());
        return TemplateFiller.fill(action.parameterTemplate(), values);
    }
}
