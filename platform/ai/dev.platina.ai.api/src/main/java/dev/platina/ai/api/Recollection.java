package dev.platina.ai.api;

import java.util.List;

/** An organisation's decided cases (masked, newest first) and an engine's learned state for it. */
public record Recollection(List<PastCase> cases, byte[] learnedState) {

    public Recollection {
        cases = cases == null ? List.of() : List.copyOf(cases);
        learnedState = learnedState == null ? new byte[0] : learnedState;
    }
}
