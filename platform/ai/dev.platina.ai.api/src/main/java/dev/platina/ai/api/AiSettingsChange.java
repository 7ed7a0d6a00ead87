package dev.platina.ai.api;

import java.util.Map;
import java.util.Optional;

/**
 * New AI settings. {@code apiKey} empty keeps the stored key, a blank text removes it, any other text replaces it
 * (stored encrypted, never shown again).
 */
public record AiSettingsChange(String provider, String baseUrl, String model, Optional<String> apiKey,
        int timeoutSeconds, int maxRetries, Map<String, String> extras, long monthlyTokenBudget) {

    public AiSettingsChange {
        apiKey = apiKey == null ? Optional.empty() : apiKey;
        extras = extras == null ? Map.of() : Map.copyOf(extras);
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "AiSettingsChange[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + apiKey.map(k -> k.isBlank() ? "(remove)" : "(new)").orElse("(keep)") + "]";
    }
}
