package dev.platina.ai.learning.internal;

import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.Proposal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stored case: as people decided it ({@code decided}, masked), what the engine had proposed (masked in the same
 * session), and who decided, as pseudonyms.
 */
record DecidedCase(UUID id, String engine, PastCase decided, String proposedAction,
        Map<String, String> proposedParameters, String proposedDraft, double rawConfidence, List<String> reviewers,
        Instant decidedAt) {

    DecidedCase {
        proposedParameters = Map.copyOf(proposedParameters);
        reviewers = List.copyOf(reviewers);
    }

    /** The engine's proposal as far as it is kept: enough for calibration and for replaying its online model. */
    Proposal proposal() {
        return new Proposal(proposedAction, proposedParameters, proposedDraft, rawConfidence, "", null, engine);
    }
}
