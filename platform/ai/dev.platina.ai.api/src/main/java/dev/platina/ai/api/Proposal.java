package dev.platina.ai.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A proposed action with its parameters and reply draft, how sure the engine is ({@code confidence} in [0, 1]), why
 * in words a reviewer can check ({@code rationale}), the past cases it leaned on, and which engine made it, so the
 * UI can say so (e.g. {@code offline}).
 */
public record Proposal(String action, Map<String, String> parameters, String draft, double confidence,
        String rationale, List<Precedent> precedents, String engine) {

    /** A past case the proposal leaned on, and how similar it is to the new one (cosine, -1 to 1). */
    public record Precedent(String caseId, String action, double similarity) {

        public Precedent {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(action, "action");
        }
    }

    public Proposal {
        Objects.requireNonNull(action, "action");
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        draft = draft == null ? "" : draft;
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
        rationale = rationale == null ? "" : rationale;
        precedents = precedents == null ? List.of() : List.copyOf(precedents);
        Objects.requireNonNull(engine, "engine");
    }
}
