package dev.platina.workflow.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A proposal an AI step made ({@code ai.decide}: action, parameters, draft, confidence, rationale, engine), read
 * from an approval's proposal so the inbox can say who proposed it and how sure it was, show the draft as text, and
 * carry an edited draft into the parameters that will be performed.
 */
record AiProposal(String engine, double confidence, String rationale, String draft,
        Map<String, Object> parameters) {

    static final String ENGINE = "engine";
    static final String CONFIDENCE = "confidence";
    static final String RATIONALE = "rationale";
    static final String DRAFT = "draft";
    static final String PARAMETERS = "parameters";
    static final String ACTION = "action";

    /** Keys that describe the proposal rather than being part of it: shown in the AI line, never as fields. */
    static final Set<String> ABOUT = Set.of(ENGINE, CONFIDENCE, "rawConfidence", RATIONALE, "precedents",
            "proposed");

    private static final double LOW = 0.5;

    AiProposal {
        parameters = parameters == null ? Map.of() : parameters;
    }

    /** The AI's proposal, when the approval carries an engine and a confidence between 0 and 1. */
    static Optional<AiProposal> of(Map<String, Object> proposal) {
        if (!(proposal.get(ENGINE) instanceof String engine) || engine.isBlank()
                || !(proposal.get(CONFIDENCE) instanceof Number number)) {
            return Optional.empty();
        }
        double confidence = number.doubleValue();
        if (!(confidence >= 0 && confidence <= 1)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> parameters = proposal.get(PARAMETERS) instanceof Map<?, ?> map
                ? (Map<String, Object>) map : Map.of();
        return Optional.of(new AiProposal(engine.strip(), confidence, text(proposal.get(RATIONALE)),
                text(proposal.get(DRAFT)), parameters));
    }

    /** E.g. "Proposed by the offline engine · 82% sure" or "Proposed by AI (anthropic:claude-sonnet-4-5) · ...". */
    String headline() {
        String by = "offline".equals(engine) ? "the offline engine" : "AI (" + engine + ")";
        return "Proposed by " + by + " · " + percent() + "% sure";
    }

    long percent() {
        return Math.round(confidence * 100);
    }

    boolean lowConfidence() {
        return confidence < LOW;
    }

    /**
     * Whether a parameter only repeats the draft (a reply whose text is the draft); the inbox shows the draft once
     * and an edited draft replaces it there too.
     */
    boolean followsDraft(String parameter) {
        return !draft.isEmpty() && draft.equals(parameters.get(parameter));
    }

    /**
     * The parameters as the approver left them, when they differ from the proposal: the typed text and numbers,
     * and the edited draft wherever a parameter repeated it.
     *
     * @param typedDraft the draft as edited, or null when the draft was not editable
     * @param typed text per parameter shown as a field
     * @throws IllegalArgumentException naming the parameter when a number field holds something else
     */
    Optional<Map<String, Object>> editedParameters(String typedDraft, Map<String, String> typed) {
        var edited = new LinkedHashMap<>(parameters);
        edited.putAll(ProposalEdits.changed(parameters, typed));
        if (typedDraft != null && !typedDraft.equals(draft)) {
            parameters.keySet().stream().filter(this::followsDraft).forEach(name -> edited.put(name, typedDraft));
        }
        return edited.equals(parameters) ? Optional.empty() : Optional.of(edited);
    }

    private static String text(Object value) {
        return value instanceof String text ? text : "";
    }
}
