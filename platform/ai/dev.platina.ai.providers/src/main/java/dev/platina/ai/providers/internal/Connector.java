package dev.platina.ai.providers.internal;

import dev.platina.ai.api.LanguageModel;
import dev.platina.ai.api.ProviderSettings;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds connections for a provider component. HTTP clients are shared per connect timeout: a JDK client owns a
 * selector thread and a connection pool, so one per connection would waste both.
 */
final class Connector {

    /** Setting up a TCP/TLS connection should never take long; the request timeout covers the rest. */
    static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final String CONNECT_TIMEOUT_SECONDS = "connect-timeout-seconds";

    private final Resilience resilience;
    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    Connector(Resilience resilience) {
        this.resilience = resilience;
    }

    LanguageModel connect(WireFormat format, ProviderSettings settings) {
        String provider = format.displayName();
        FailureMessages failures = new FailureMessages(provider, settings.apiKey());
        HttpClient client = clients.computeIfAbsent(connectTimeout(settings), Connector::newClient);
        ModelTransport transport = new ModelTransport(client, format, failures, settings.timeout(),
                resilience.maxBodyBytes(), resilience.clock());
        Retrier retrier = new Retrier(settings.maxRetries(), resilience.sleeper(), resilience.jitter());
        CircuitBreaker breaker = new CircuitBreaker(provider, resilience.clock());
        return new ResilientLanguageModel(provider, settings.model(), transport, retrier, breaker);
    }

    static Duration connectTimeout(ProviderSettings settings) {
        String configured = settings.extras().get(CONNECT_TIMEOUT_SECONDS);
        if (configured != null) {
            try {
                long seconds = Long.parseLong(configured.strip());
                if (seconds > 0) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // fall back to the default below
            }
        }
        return settings.timeout().compareTo(MAX_CONNECT_TIMEOUT) < 0 ? settings.timeout() : MAX_CONNECT_TIMEOUT;
    }

    /**
     * HTTP/1.1 like the vendors' own SDKs: over plain http (Ollama, gateways) the JDK would otherwise offer an h2c
     * upgrade that some servers and proxies mishandle. Redirects are not followed, so the key goes nowhere else.
     */
    private static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
