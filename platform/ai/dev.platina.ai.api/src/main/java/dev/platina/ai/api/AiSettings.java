package dev.platina.ai.api;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An organisation's AI settings: which provider answers ({@link #OFFLINE} unless an administrator chose another),
 * how to reach it, whether a key is stored (the key itself is never read back), and the monthly token budget
 * (0: none).
 */
public record AiSettings(String provider, String baseUrl, String model, boolean keySet, int timeoutSeconds,
        int maxRetries, Map<String, String> extras, long monthlyTokenBudget, Optional<Instant> updatedAt,
        Optional<String> updatedBy) {

    /** The in-process engine: works with no key and no network, and nothing leaves the installation. */
    public static final String OFFLINE = "offline";

    public AiSettings {
        extras = extras == null ? Map.of() : Map.copyOf(extras);
    }

    /** What an organisation that never changed its settings gets. */
    public static AiSettings defaults() {
        return new AiSettings(OFFLINE, "", "", false, 60, 2, Map.of(), 0, Optional.empty(), Optional.empty());
    }

    public boolean external() {
        return !OFFLINE.equals(provider);
    }
}
