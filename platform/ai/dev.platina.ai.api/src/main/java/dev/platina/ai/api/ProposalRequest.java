package dev.platina.ai.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to propose an action for: the incoming text, the fields already extracted from it, the actions on offer,
 * the tenant's past cases to learn from, and the tenant's learned state from {@link CaseReasoner#learn}. The caller
 * passes one tenant's cases and state only: a reasoner keeps nothing between calls, so one tenant's decisions cannot
 * reach another's proposals.
 */
public record ProposalRequest(String text, Map<String, String> fields, List<ActionTemplate> actions,
        List<PastCase> pastCases, byte[] learnedState) {

    /** A request without learned state (an organisation with no online model yet). */
    public ProposalRequest(String text, Map<String, String> fields, List<ActionTemplate> actions,
            List<PastCase> pastCases) {
        this(text, fields, actions, pastCases, new byte[0]);
    }

    public ProposalRequest {
        Objects.requireNonNull(text, "text");
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        actions = actions == null ? List.of() : List.copyOf(actions);
        pastCases = pastCases == null ? List.of() : List.copyOf(pastCases);
        learnedState = learnedState == null ? new byte[0] : learnedState;
    }
}
