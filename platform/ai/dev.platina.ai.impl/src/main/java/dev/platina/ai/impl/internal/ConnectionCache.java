package dev.platina.ai.impl.internal;

import dev.platina.ai.api.AiSettings;
import dev.platina.ai.api.LanguageModel;
import dev.platina.ai.api.LanguageModelException;
import dev.platina.ai.api.LanguageModelProvider;
import dev.platina.ai.api.ProviderSettings;
import dev.platina.persistence.api.TenantId;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * One connection per organisation, kept while its settings stay the same: a connection holds the provider's
 * circuit breaker, which only helps if calls share it. Providers come and go as their bundles do.
 */
@Component(service = ConnectionCache.class)
public final class ConnectionCache {

    private final Map<String, LanguageModelProvider> providers = new ConcurrentHashMap<>();
    private final Map<TenantId, Held> held = new ConcurrentHashMap<>();

    private record Held(AiSettings settings, LanguageModel model) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(LanguageModelProvider provider) {
        providers.put(provider.id(), provider);
        held.clear();
    }

    void removeProvider(LanguageModelProvider provider) {
        providers.remove(provider.id(), provider);
        held.clear();
    }

    LanguageModel model(TenantId tenant, TenantAiSettings.Connection connection) {
        AiSettings settings = connection.settings();
        Held current = held.get(tenant);
        if (current != null && current.settings().equals(settings)) {
            return current.model();
        }
        LanguageModelProvider provider = providers.get(settings.provider());
        if (provider == null) {
            throw new LanguageModelException(LanguageModelException.Kind.UNAVAILABLE, settings.external()
                    ? "The AI provider '" + settings.provider() + "' is not installed on this platform."
                    : "The offline AI engine is not installed on this platform; an administrator can choose an"
                            + " external provider in the AI settings.");
        }
        LanguageModel model = provider.connect(new ProviderSettings(settings.provider(), settings.external()
                ? URI.create(settings.baseUrl()) : URI.create("offline:engine"), connection.apiKey(),
                settings.model(), Duration.ofSeconds(settings.timeoutSeconds()), settings.maxRetries(),
                settings.extras()));
        held.put(tenant, new Held(settings, model));
        return model;
    }

    void forget(TenantId tenant) {
        held.remove(tenant);
    }
}
