package dev.platina.ai.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.ai.api.AiSettings;
import dev.platina.ai.api.AiSettingsChange;
import dev.platina.ai.ui.internal.SettingsDraft.KeyAction;
import dev.platina.core.api.InvalidInputException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsDraftTest {

    private static final AiSettings AZURE = new AiSettings("openai-compatible",
            "https://acme.openai.azure.com/openai/deployments/gpt4o", "gpt-4o", true, 30, 3, Map.of("azure", "true",
                    "api-version", "2024-06-01", "connect-timeout-seconds", "5"), 250_000, Optional.of(Instant
                            .parse("2026-11-02T10:00:00Z")), Optional.of("chief"));

    @Test
    void storedSettingsComeBackUnchangedWhenNothingIsEdited() {
        AiSettingsChange change = SettingsDraft.of(AZURE).toChange();

        assertThat(change.provider()).isEqualTo("openai-compatible");
        assertThat(change.baseUrl()).isEqualTo(AZURE.baseUrl());
        assertThat(change.model()).isEqualTo("gpt-4o");
        assertThat(change.apiKey()).as("the stored key is kept").isEmpty();
        assertThat(change.timeoutSeconds()).isEqualTo(30);
        assertThat(change.maxRetries()).isEqualTo(3);
        assertThat(change.extras()).isEqualTo(AZURE.extras());
        assertThat(change.monthlyTokenBudget()).isEqualTo(250_000);
    }

    @Test
    void replacingRemovingAndKeepingTheKeyBecomeWhatTheServiceExpects() {
        SettingsDraft draft = SettingsDraft.of(AZURE);

        assertThat(with(draft, KeyAction.REPLACE, "  sk-new-1  ").toChange().apiKey()).contains("sk-new-1");
        assertThat(with(draft, KeyAction.REMOVE, "").toChange().apiKey()).contains("");
        assertThat(with(draft, KeyAction.KEEP, "").toChange().apiKey()).isEmpty();
        assertThatThrownBy(() -> with(draft, KeyAction.REPLACE, " ").toChange())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys(SettingsDraft.API_KEY));
    }

    @Test
    void theOfflineEngineNeverTouchesTheKeyAndKeepsTheAddressForLater() {
        SettingsDraft draft = SettingsDraft.of(AZURE);
        SettingsDraft offline = new SettingsDraft("offline", draft.baseUrl(), draft.model(), KeyAction.REMOVE, "",
                draft.timeoutSeconds(), draft.maxRetries(), draft.azure(), draft.apiVersion(),
                draft.monthlyTokenBudget(), draft.otherExtras());

        AiSettingsChange change = offline.toChange();

        assertThat(change.provider()).isEqualTo("offline");
        assertThat(change.apiKey()).isEmpty();
        assertThat(change.baseUrl()).isEqualTo(AZURE.baseUrl());
    }

    @Test
    void azureExtrasAreWrittenOnlyForAnAzureServerAndOtherExtrasSurvive() {
        SettingsDraft draft = SettingsDraft.of(AZURE);
        assertThat(draft.azure()).isTrue();
        assertThat(draft.apiVersion()).isEqualTo("2024-06-01");
        assertThat(draft.otherExtras()).containsOnly(Map.entry("connect-timeout-seconds", "5"));

        SettingsDraft plainOpenAi = new SettingsDraft("openai-compatible", "https://api.openai.com/v1", "gpt-4o",
                KeyAction.KEEP, "", "60", "2", false, "2024-06-01", "0", draft.otherExtras());
        assertThat(plainOpenAi.toChange().extras()).containsOnly(Map.entry("connect-timeout-seconds", "5"));

        SettingsDraft defaultVersion = new SettingsDraft("openai-compatible", AZURE.baseUrl(), "gpt-4o",
                KeyAction.KEEP, "", "60", "2", true, " ", "0", Map.of());
        assertThat(defaultVersion.toChange().extras()).containsOnly(Map.entry("azure", "true"));

        SettingsDraft anthropic = new SettingsDraft("anthropic", "https://api.anthropic.com", "claude-sonnet-4-5",
                KeyAction.KEEP, "", "60", "2", true, "2024-06-01", "0", Map.of("anthropic-version", "2023-06-01"));
        assertThat(anthropic.toChange().extras()).containsOnly(Map.entry("anthropic-version", "2023-06-01"));
    }

    @Test
    void numbersAreReadAsPeopleWriteThemAndEveryWrongOneIsNamedAtItsField() {
        assertThat(SettingsDraft.parseWholeNumber("1 000 000")).contains(1_000_000L);
        assertThat(SettingsDraft.parseWholeNumber("2,500,000")).contains(2_500_000L);
        assertThat(SettingsDraft.parseWholeNumber("1'000")).contains(1_000L);
        assertThat(SettingsDraft.parseWholeNumber(" 0 ")).contains(0L);
        assertThat(SettingsDraft.parseWholeNumber("-5")).isEmpty();
        assertThat(SettingsDraft.parseWholeNumber("1.5")).isEmpty();
        assertThat(SettingsDraft.parseWholeNumber("1,,000")).isEmpty();
        assertThat(SettingsDraft.parseWholeNumber("")).isEmpty();
        assertThat(SettingsDraft.parseWholeNumber(null)).isEmpty();

        SettingsDraft wrong = new SettingsDraft("anthropic", "https://api.anthropic.com", "claude", KeyAction.KEEP, "",
                "soon", "99999999999", false, "", "lots", Map.of());
        assertThatThrownBy(wrong::toChange).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.fieldErrors()).containsOnlyKeys(SettingsDraft.TIMEOUT, SettingsDraft.RETRIES, SettingsDraft.BUDGET)
                .allSatisfy((field, message) -> assertThat(message).startsWith("Give a whole number of")));

        SettingsDraft bigBudget = new SettingsDraft("offline", "", "", KeyAction.KEEP, "", "60", "2", false, "",
                "5 000 000 000", Map.of());
        assertThat(bigBudget.toChange().monthlyTokenBudget()).isEqualTo(5_000_000_000L);
    }

    @Test
    void serviceMessagesReadAsSentencesAtTheirFields() {
        assertThat(SettingsDraft.sentence("must be between 1 and 600")).isEqualTo("Must be between 1 and 600");
        assertThat(SettingsDraft.sentence(null)).isNull();
        assertThat(SettingsDraft.sentence("")).isEmpty();
    }

    private static SettingsDraft with(SettingsDraft draft, KeyAction action, String key) {
        return new SettingsDraft(draft.provider(), draft.baseUrl(), draft.model(), action, key,
                draft.timeoutSeconds(), draft.maxRetries(), draft.azure(), draft.apiVersion(),
                draft.monthlyTokenBudget(), draft.otherExtras());
    }
}
