package dev.platina.ai.providers.internal;

import dev.platina.ai.api.LanguageModel;
import dev.platina.ai.api.LanguageModelProvider;
import dev.platina.ai.api.ProviderSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * OpenAI, Azure OpenAI, Ollama, vLLM, LM Studio and other servers with an OpenAI-compatible Chat Completions API.
 * Extras: {@code azure=true}, {@code api-version}.
 */
@Component(service = LanguageModelProvider.class)
public final class OpenAiCompatibleProvider implements LanguageModelProvider {

    static final String ID = "openai-compatible";

    private final Connector connector;

    @Activate
    public OpenAiCompatibleProvider() {
        this(Resilience.standard());
    }

    OpenAiCompatibleProvider(Resilience resilience) {
        this.connector = new Connector(resilience);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LanguageModel connect(ProviderSettings settings) {
        return connector.connect(new ChatCompletionsFormat(settings), settings);
    }
}
