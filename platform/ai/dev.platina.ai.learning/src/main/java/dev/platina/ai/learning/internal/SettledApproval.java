package dev.platina.ai.learning.internal;

import dev.platina.ai.api.PastCase;
import dev.platina.workflow.api.Approval;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a settled approval says about the proposal it was about. */
final class SettledApproval {

    /** The user the engine names as decider when the policy's confidence rule approved a task. */
    static final String AUTO_APPROVER = "auto-approve";

    private final Approval approval;

    SettledApproval(Approval approval) {
        this.approval = approval;
    }

    /** Approved or rejected, as opposed to expired or cancelled: only a decision can teach anything. */
    boolean decided() {
        return approval.state() == Approval.State.APPROVED || approval.state() == Approval.State.REJECTED;
    }

    /**
     * Whether people decided it. A task the confidence rule approved teaches nothing: learning from it would only
     * confirm the engine's own guess.
     */
    boolean byPeople() {
        return !approval.decisions().isEmpty()
                && approval.decisions().stream().noneMatch(d -> AUTO_APPROVER.equals(d.username()));
    }

    List<String> deciders() {
        return approval.decisions().stream().map(Approval.Decision::username).distinct().toList();
    }

    PastCase.Outcome outcome() {
        if (approval.state() == Approval.State.REJECTED) {
            return PastCase.Outcome.REJECTED;
        }
        return approval.decisions().stream().anyMatch(d -> !d.edits().isEmpty()) ? PastCase.Outcome.EDITED
                : PastCase.Outcome.APPROVED;
    }

    Instant decidedAt(Instant fallback) {
        return approval.decidedAt().or(() -> approval.decisions().stream().map(Approval.Decision::decidedAt)
                .max(Comparator.naturalOrder())).orElse(fallback);
    }

    /**
     * The action as the approvers left it, if the proposal names one: for an outside tool the tool's name (the
     * proposal's {@code action} is then the tool source's step type), as {@code ai.decide} proposed it.
     */
    Optional<String> finalAction() {
        Optional<String> tool = toolCall().map(call -> call.get("tool")).filter(String.class::isInstance)
                .map(String.class::cast);
        if (tool.isPresent()) {
            return tool;
        }
        return approval.proposal().get("action") instanceof String action && !action.isBlank() ? Optional.of(action)
                : Optional.empty();
    }

    /** The parameters as the approvers left them (a tool's arguments), each value as text, if there are any. */
    Optional<Map<String, String>> finalParameters() {
        Object parameters = toolCall().<Object>map(call -> call.get("arguments")).orElse(approval.proposal()
                .get("parameters"));
        if (!(parameters instanceof Map<?, ?> values)) {
            return Optional.empty();
        }
        var texts = new LinkedHashMap<String, String>();
        values.forEach((name, value) -> {
            if (name != null && value != null) {
                texts.put(name.toString(), Json.text(value));
            }
        });
        return Optional.of(texts);
    }

    /** The call of an outside tool, {@code {"tool": ..., "arguments": {...}}}, if the proposal is one. */
    private Optional<Map<?, ?>> toolCall() {
        if (approval.proposal().get("parameters") instanceof Map<?, ?> parameters
                && parameters.get("tool") instanceof String && parameters.get("arguments") instanceof Map<?, ?>) {
            return Optional.of(parameters);
        }
        return Optional.empty();
    }

    Optional<String> finalDraft() {
        return approval.proposal().get("draft") instanceof String draft ? Optional.of(draft) : Optional.empty();
    }
}
