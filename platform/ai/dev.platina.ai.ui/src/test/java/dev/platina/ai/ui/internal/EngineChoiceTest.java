package dev.platina.ai.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineChoiceTest {

    @Test
    void eachProviderIdTheServiceStoresHasItsChoice() {
        assertThat(EngineChoice.of("offline")).contains(EngineChoice.OFFLINE);
        assertThat(EngineChoice.of("anthropic")).contains(EngineChoice.ANTHROPIC);
        assertThat(EngineChoice.of("openai-compatible")).contains(EngineChoice.OPENAI_COMPATIBLE);
        assertThat(EngineChoice.of("openai")).isEmpty();
        assertThat(EngineChoice.OFFLINE.external()).isFalse();
        assertThat(EngineChoice.OFFLINE.title()).isEqualTo("Offline engine (built in)");
        assertThat(EngineChoice.OFFLINE.explanation()).contains("no key", "network", "does not write free text");
    }

    @Test
    void switchingFillsTheProvidersAddressUnlessAnotherWasTyped() {
        assertThat(EngineChoice.ANTHROPIC.baseUrlAfterSwitch("")).isEqualTo("https://api.anthropic.com");
        assertThat(EngineChoice.ANTHROPIC.baseUrlAfterSwitch("https://api.openai.com/v1"))
                .isEqualTo("https://api.anthropic.com");
        assertThat(EngineChoice.OPENAI_COMPATIBLE.baseUrlAfterSwitch("https://api.anthropic.com"))
                .isEqualTo("https://api.openai.com/v1");
        assertThat(EngineChoice.OPENAI_COMPATIBLE.baseUrlAfterSwitch(" http://localhost:11434/v1 "))
                .isEqualTo("http://localhost:11434/v1");
    }

    @Test
    void anAzureResourcesAddressIsRecognised() {
        assertThat(EngineChoice.looksLikeAzure("https://acme.openai.azure.com/openai/deployments/gpt4o")).isTrue();
        assertThat(EngineChoice.looksLikeAzure("https://ACME.OpenAI.Azure.com")).isTrue();
        assertThat(EngineChoice.looksLikeAzure("https://api.openai.com/v1")).isFalse();
        assertThat(EngineChoice.looksLikeAzure("https://openai.azure.com.evil.example")).isFalse();
        assertThat(EngineChoice.looksLikeAzure("not a url")).isFalse();
        assertThat(EngineChoice.looksLikeAzure(null)).isFalse();
    }
}
