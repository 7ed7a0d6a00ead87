package dev.platina.ai.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to propose an action for: the incoming text, the fields already extracted from it, the actions on offer,
 * and the tenant's past cases to learn from. The caller passes one tenant's cases only: a reasoner keeps nothing
 * between calls, so one tenant's decisions cannot reach another's proposals.
 */
public record ProposalRequest(String text, Map<String, String> fields, List<ActionTemplate> actions,
        List<PastCase> pastCases) {

    public ProposalRequest {
        Objects.requireNonNull(text, "text");
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        actions = actions == null ? List.of() : List.copyOf(actions);
        pastCases = pastCases == null ? List.of() : List.copyOf(pastCases);
    }
}
