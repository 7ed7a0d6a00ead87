package dev.platina.ai.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of model service Platina can talk to, registered as an OSGi service: it turns settings into a
 * {@link LanguageModel} that speaks that provider's wire format.
 */
@ConsumerType
public interface LanguageModelProvider {

    /** The provider's id in settings: {@code anthropic}, {@code openai-compatible}. */
    String id();

    /** A connection with these settings; nothing is sent until the first call. */
    LanguageModel connect(ProviderSettings settings);
}
