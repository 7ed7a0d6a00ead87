package dev.platina.ai.providers.internal;

import dev.platina.ai.api.LanguageModel;
import dev.platina.ai.api.LanguageModelProvider;
import dev.platina.ai.api.ProviderSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Claude models through the Anthropic Messages API. Extras: {@code anthropic-version}. */
@Component(service = LanguageModelProvider.class)
public final class AnthropicProvider implements LanguageModelProvider {

    static final String ID = "anthropic";

    private final Connector connector;

    @Activate
    public AnthropicProvider() {
        this(Resilience.standard());
    }

    AnthropicProvider(Resilience resilience) {
        this.connector = new Connector(resilience);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LanguageModel connect(ProviderSettings settings) {
        return connector.connect(new AnthropicFormat(settings), settings);
    }
}
