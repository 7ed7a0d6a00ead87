package dev.platina.ai.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Proposes which action to take on a case, with parameters, a reply draft, a confidence and a rationale. Unlike a
 * {@link LanguageModel} it does not chat: it answers one structured question, which an engine without a
 * generative model (the offline default) can answer honestly.
 */
@ProviderType
public interface CaseReasoner {

    /** The engine's name as shown to users, e.g. {@code offline}. */
    String engine();

    /**
     * The best action for the request's text among {@link ProposalRequest#actions()}.
     *
     * @throws IllegalArgumentException if the request offers no action
     */
    Proposal propose(ProposalRequest request);

    /**
     * Folds one decided case into an organisation's learned state (its online model) and returns the new state.
     * The caller keeps one state per organisation and engine, passes it back in {@link ProposalRequest#learnedState()},
     * and rebuilds it from the remaining cases when cases are purged (start from an empty array). An engine that
     * does not learn online returns the state unchanged.
     *
     * @param state the state so far; empty for none
     * @param decided the case as the people decided it
     * @param proposed what this engine had proposed for it, when known (its raw confidence, its action)
     */
    default byte[] learn(byte[] state, PastCase decided, java.util.Optional<Proposal> proposed) {
        return state;
    }
}
