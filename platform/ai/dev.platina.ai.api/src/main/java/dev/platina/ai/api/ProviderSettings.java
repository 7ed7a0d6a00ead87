package dev.platina.ai.api;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach a model: the provider ({@code anthropic}, {@code openai-compatible}), its base URL, the API key (held
 * decrypted only in memory; stored encrypted per organisation), the default model, limits, and provider-specific
 * extras (e.g. {@code anthropic-version}, Azure's {@code api-version}).
 */
public record ProviderSettings(String provider, URI baseUrl, String apiKey, String model, Duration timeout,
        int maxRetries, Map<String, String> extras) {

    public ProviderSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(baseUrl, "baseUrl");
        apiKey = apiKey == null ? "" : apiKey;
        Objects.requireNonNull(model, "model");
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
        extras = extras == null ? Map.of() : Map.copyOf(extras);
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "ProviderSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", timeout="
                + timeout + ", maxRetries=" + maxRetries + ", apiKey=" + (apiKey.isEmpty() ? "(none)" : "(set)")
                + "]";
    }
}
