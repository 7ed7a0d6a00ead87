package dev.platina.ai.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A case the tenant already decided: what came in ({@code text}), the action taken with its parameters and reply
 * draft, and how the human judged the proposal. For an {@link Outcome#EDITED} case the action, parameters and draft
 * are the human's edited version, so they count as a correct example; for a {@link Outcome#REJECTED} case they are
 * the proposal that was turned down.
 */
public record PastCase(String id, String text, String action, Map<String, String> parameters, String draft,
        Outcome outcome) {

    public enum Outcome {
        APPROVED,
        EDITED,
        REJECTED
    }

    public PastCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        draft = draft == null ? "" : draft;
    }

    /** Whether the action, parameters and draft are what a human wanted. */
    public boolean accepted() {
        return outcome != Outcome.REJECTED;
    }
}
