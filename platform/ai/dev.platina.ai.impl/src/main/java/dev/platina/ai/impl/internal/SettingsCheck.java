package dev.platina.ai.impl.internal;

import dev.platina.ai.api.AiSettings;
import dev.platina.ai.api.AiSettingsChange;
import dev.platina.core.api.InvalidInputException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What settings are accepted, with every problem named at its field. */
final class SettingsCheck {

    static final Set<String> PROVIDERS = Set.of(AiSettings.OFFLINE, "anthropic", "openai-compatible");

    private SettingsCheck() {
    }

    static void check(AiSettingsChange change) {
        Map<String, String> problems = new LinkedHashMap<>();
        String provider = change.provider() == null ? "" : change.provider();
        if (!PROVIDERS.contains(provider)) {
            problems.put("provider", "use offline, anthropic or openai-compatible");
        }
        if (!AiSettings.OFFLINE.equals(provider) && PROVIDERS.contains(provider)) {
            String url = change.baseUrl() == null ? "" : change.baseUrl().strip();
            try {
                URI uri = URI.create(url);
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                    problems.put("baseUrl", "give the provider's address, e.g. https://api.anthropic.com");
                }
            } catch (IllegalArgumentException e) {
                problems.put("baseUrl", "'" + url + "' is not a URL");
            }
            if (change.model() == null || change.model().isBlank()) {
                problems.put("model", "name the model, e.g. claude-sonnet-4-5 or gpt-4o-mini");
            }
        }
        if (change.timeoutSeconds() < 1 || change.timeoutSeconds() > 600) {
            problems.put("timeoutSeconds", "must be between 1 and 600");
        }
        if (change.maxRetries() < 0 || change.maxRetries() > 10) {
            problems.put("maxRetries", "must be between 0 and 10");
        }
        if (change.monthlyTokenBudget() < 0) {
            problems.put("monthlyTokenBudget", "must be 0 (no budget) or more");
        }
        if (change.extras().size() > 20) {
            problems.put("extras", "at most 20 entries");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
