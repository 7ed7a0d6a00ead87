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
}
