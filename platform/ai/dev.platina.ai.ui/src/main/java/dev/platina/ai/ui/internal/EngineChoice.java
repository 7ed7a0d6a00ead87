package dev.platina.ai.ui.internal;

import dev.platina.ai.api.AiSettings;
import java.util.Arrays;
import java.util.Optional;

/** The engines an organisation can choose, as the settings screen names and explains them. */
enum EngineChoice {

    OFFLINE(AiSettings.OFFLINE, "Offline engine (built in)", "Runs inside this installation: it needs no key and no"
            + " network, and nothing leaves the installation. It proposes actions and drafts from your organisation's"
            + " own approved cases and the skills' templates. It does not write free text.", ""),
    ANTHROPIC("anthropic", "Anthropic", "Claude models at Anthropic, reached over the internet with your"
            + " organisation's API key. Writes free text.", "https://api.anthropic.com"),
    OPENAI_COMPATIBLE("openai-compatible", "OpenAI-compatible (OpenAI, Azure OpenAI, Ollama, vLLM, LM Studio)",
            "Any server that speaks the OpenAI Chat Completions API, in the cloud or in your own network. A local"
                    + " server may need no key. Writes free text.", "https://api.openai.com/v1");

    private final String provider;
    private final String title;
    private final String explanation;
    private final String defaultBaseUrl;

    EngineChoice(String provider, String title, String explanation, String defaultBaseUrl) {
        this.provider = provider;
        this.title = title;
        this.explanation = explanation;
        this.defaultBaseUrl = defaultBaseUrl;
    }

    /** The provider id the settings service stores. */
    String provider() {
        return provider;
    }

    String title() {
        return title;
    }

    String explanation() {
        return explanation;
    }

    /** Where the provider's public service answers; empty for the offline engine. */
    String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    boolean external() {
        return this != OFFLINE;
    }

    static Optional<EngineChoice> of(String provider) {
        return Arrays.stream(values()).filter(choice -> choice.provider.equals(provider)).findFirst();
    }

    /** Whether an address is an Azure OpenAI resource's, which needs the Azure extras. */
    static boolean looksLikeAzure(String baseUrl) {
        try {
            String host = java.net.URI.create(baseUrl == null ? "" : baseUrl.strip()).getHost();
            return host != null && host.toLowerCase(java.util.Locale.ROOT).endsWith(".openai.azure.com");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The base URL to show after switching to this engine: the one typed so far, unless it is empty or still the
     * other provider's default (nobody means to send Anthropic requests to OpenAI's address).
     */
    String baseUrlAfterSwitch(String typed) {
        String current = typed == null ? "" : typed.strip();
        boolean untouched = current.isEmpty() || Arrays.stream(values()).anyMatch(choice -> choice != this
                && !choice.defaultBaseUrl.isEmpty() && choice.defaultBaseUrl.equals(current));
        return untouched ? defaultBaseUrl : current;
    }
}
