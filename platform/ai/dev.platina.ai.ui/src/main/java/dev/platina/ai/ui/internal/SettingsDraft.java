package dev.platina.ai.ui.internal;

import dev.platina.ai.api.AiSettings;
import dev.platina.ai.api.AiSettingsChange;
import dev.platina.core.api.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the AI settings form holds, as typed, turned into a change for the settings service. Numbers arrive as text
 * so that a person's "1 000 000" is understood and "lots" is named at its field; the key is write-only, so the draft
 * says what to do with the stored one rather than holding it.
 *
 * @param otherExtras the stored extras the form has no field for (e.g. {@code anthropic-version}), kept as they are
 */
record SettingsDraft(String provider, String baseUrl, String model, KeyAction keyAction, String newKey,
        String timeoutSeconds, String maxRetries, boolean azure, String apiVersion, String monthlyTokenBudget,
        Map<String, String> otherExtras) {

    /** The field names the settings service uses in its errors; the form marks the field of each. */
    static final String PROVIDER = "provider";
    static final String BASE_URL = "baseUrl";
    static final String MODEL = "model";
    static final String API_KEY = "apiKey";
    static final String TIMEOUT = "timeoutSeconds";
    static final String RETRIES = "maxRetries";
    static final String EXTRAS = "extras";
    static final String BUDGET = "monthlyTokenBudget";

    static final String AZURE_EXTRA = "azure";
    static final String API_VERSION_EXTRA = "api-version";

    /** What happens to the stored key on save. */
    enum KeyAction {
        KEEP,
        REPLACE,
        REMOVE
    }

    SettingsDraft {
        otherExtras = otherExtras == null ? Map.of() : Map.copyOf(otherExtras);
    }

    static SettingsDraft of(AiSettings settings) {
        var others = new LinkedHashMap<>(settings.extras());
        boolean azure = Boolean.parseBoolean(others.remove(AZURE_EXTRA));
        String apiVersion = others.remove(API_VERSION_EXTRA);
        return new SettingsDraft(settings.provider(), settings.baseUrl(), settings.model(), KeyAction.KEEP, "",
                Integer.toString(settings.timeoutSeconds()), Integer.toString(settings.maxRetries()), azure,
                apiVersion == null ? "" : apiVersion, Long.toString(settings.monthlyTokenBudget()), others);
    }

    /**
     * The change to send. The settings service checks the provider, address, model and limits itself; this only
     * refuses what cannot be sent at all.
     *
     * @throws InvalidInputException naming {@link #TIMEOUT}, {@link #RETRIES}, {@link #BUDGET} or {@link #API_KEY}
     */
    AiSettingsChange toChange() {
        Map<String, String> problems = new LinkedHashMap<>();
        Long timeout = wholeNumber(timeoutSeconds, TIMEOUT, "seconds, e.g. 60", problems);
        Long retries = wholeNumber(maxRetries, RETRIES, "retries, e.g. 2", problems);
        Long budget = wholeNumber(monthlyTokenBudget, BUDGET, "tokens, e.g. 1 000 000, or 0 for no budget",
                problems);
        boolean external = EngineChoice.of(provider).map(EngineChoice::external).orElse(true);
        if (external && keyAction == KeyAction.REPLACE && (newKey == null || newKey.isBlank())) {
            problems.put(API_KEY, "Paste the new key, or keep the stored one");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // The offline engine ignores address and model; they are kept so that switching back restores them.
        return new AiSettingsChange(provider, text(baseUrl), text(model), external ? key() : Optional.empty(),
                timeout.intValue(), retries.intValue(), extras(), budget);
    }

    private Optional<String> key() {
        return switch (keyAction) {
            case KEEP -> Optional.empty();
            case REPLACE -> Optional.of(newKey.strip());
            case REMOVE -> Optional.of("");
        };
    }

    private Map<String, String> extras() {
        var extras = new LinkedHashMap<>(otherExtras);
        // Kept under the offline engine too, so that switching back to the Azure server needs no retyping.
        if (!EngineChoice.ANTHROPIC.provider().equals(provider) && azure) {
            extras.put(AZURE_EXTRA, "true");
            if (apiVersion != null && !apiVersion.isBlank()) {
                extras.put(API_VERSION_EXTRA, apiVersion.strip());
            }
        }
        return extras;
    }

    /**
     * A whole number of at most 18 digits; spaces, commas, apostrophes and underscores between digits are taken as
     * the grouping people write.
     */
    static Optional<Long> parseWholeNumber(String typed) {
        String digits = typed == null ? "" : typed.strip().replaceAll("(?<=\\d)[\\s,'_\u00a0\u202f](?=\\d)", "");
        if (!digits.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    private static Long wholeNumber(String typed, String field, String example, Map<String, String> problems) {
        Optional<Long> number = parseWholeNumber(typed);
        if (number.isEmpty() || !BUDGET.equals(field) && number.get() > Integer.MAX_VALUE) {
            problems.put(field, "Give a whole number of " + example);
            return null;
        }
        return number.get();
    }

    private static String text(String typed) {
        return typed == null ? "" : typed.strip();
    }

    /** A service message ("must be between 1 and 600") as a sentence at a field. */
    static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return message;
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
