package dev.platina.ai.providers.internal;

import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ChatResponse;
import dev.platina.ai.api.LanguageModel;

/**
 * A connection to one model: each call is retried by the {@link Retrier}, and each attempt passes the connection's
 * {@link CircuitBreaker}. Keep the instance for as long as the settings hold, or the breaker forgets what it saw.
 */
final class ResilientLanguageModel implements LanguageModel {

    private final String provider;
    private final String defaultModel;
    private final ModelTransport transport;
    private final Retrier retrier;
    private final CircuitBreaker breaker;

    ResilientLanguageModel(String provider, String defaultModel, ModelTransport transport, Retrier retrier,
            CircuitBreaker breaker) {
        this.provider = provider;
        this.defaultModel = defaultModel;
        this.transport = transport;
        this.retrier = retrier;
        this.breaker = breaker;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        String model = request.model().isEmpty() ? defaultModel : request.model();
        return retrier.run(() -> breaker.call(() -> transport.send(request, model)));
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "LanguageModel[" + provider + ", model=" + defaultModel + "]";
    }
}
