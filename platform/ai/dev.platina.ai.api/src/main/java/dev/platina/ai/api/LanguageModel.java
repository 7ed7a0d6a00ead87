package dev.platina.ai.api;

import org.osgi.annotation.versioning.ProviderType;

/** A connection to one model of one provider, with its timeouts, retries and circuit breaker. */
@ProviderType
public interface LanguageModel {

    /**
     * Sends the conversation and returns the model's answer.
     *
     * @throws LanguageModelException saying what went wrong in words an administrator can act on
     */
    ChatResponse chat(ChatRequest request);
}
