package dev.platina.ai.learning.internal;

import dev.platina.ai.api.CaseReasoner;
import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.Proposal;
import dev.platina.ai.api.ProposalRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A real reasoner with the simplest online model that can be checked: each decided case appends one line, so the
 * state says exactly which cases it learnt, in which order, and what had been proposed for them.
 */
final class AppendingReasoner implements CaseReasoner {

    static final String ENGINE = "appending";

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public Proposal propose(ProposalRequest request) {
        if (request.actions().isEmpty()) {
            throw new IllegalArgumentException("no action offered");
        }
        return new Proposal(request.actions().get(0).action(), null, null, 0.5, "first offered", null, ENGINE);
    }

    @Override
    public byte[] learn(byte[] state, PastCase decided, Optional<Proposal> proposed) {
        String line = decided.id() + " " + decided.outcome() + " " + proposed.map(Proposal::action).orElse("?")
                + "\n";
        return (new String(state, StandardCharsets.UTF_8) + line).getBytes(StandardCharsets.UTF_8);
    }

    /** The case ids a state learnt, in order. */
    static java.util.List<String> learnt(byte[] state) {
        String text = new String(state, StandardCharsets.UTF_8);
        return text.isEmpty() ? java.util.List.of() : text.lines().map(line -> line.split(" ")[0]).toList();
    }
}
