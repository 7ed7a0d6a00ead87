package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The AI bundles run in the real distribution: settings per organisation, the key write-only, use per month. */
@ExtendWith(RunningPlatform.Extension.class)
class AiSettingsIT {

    private final RunningPlatform platform;
    private final Api api;

    AiSettingsIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void anAdministratorChoosesAProviderAndTheKeyIsNeverShownAgain() {
        var tenant = platform.newTenant("ai");
        var other = platform.newTenant("ai-other");

        JsonNode defaults = api.get("/v1/ai/settings", tenant.token("Viewer")).body();
        assertThat(defaults.path("provider").asText()).isEqualTo("offline");
        assertThat(defaults.path("keySet").asBoolean()).isFalse();

        Map<String, Object> change = Map.of("provider", "anthropic", "baseUrl", "https://api.anthropic.com",
                "model", "claude-sonnet-4-5", "apiKey", "sk-ant-itest-7781", "monthlyTokenBudget", 500000);
        assertThat(api.send("PUT", "/v1/ai/settings", tenant.token("Manager"), change, null).status())
                .isEqualTo(403);
        Api.Reply saved = api.send("PUT", "/v1/ai/settings", tenant.token("Admin"), change, null);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.raw().body()).doesNotContain("sk-ant-itest-7781");
        assertThat(saved.body().path("keySet").asBoolean()).isTrue();
        assertThat(saved.body().path("updatedBy").asText()).isEqualTo("chief");

        Api.Reply wrong = api.send("PUT", "/v1/ai/settings", tenant.token("Admin"), Map.of("provider", "openai",
                "baseUrl", "nope"), null);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().path("errors").toString()).contains("provider");

        assertThat(api.get("/v1/ai/settings", other.token("Viewer")).body().path("provider").asText())
                .isEqualTo("offline");
        JsonNode usage = api.get("/v1/ai/usage", tenant.token("Viewer")).body();
        assertThat(usage.path("calls").asLong()).isZero();
        assertThat(usage.path("monthlyTokenBudget").asLong()).isEqualTo(500000);
        assertThat(api.get("/v1/audit?action=ai.settings.update", tenant.token("Admin")).raw().body())
                .doesNotContain("sk-ant-itest-7781");

        // The AI steps are in every organisation's builder palette.
        assertThat(api.get("/v1/workflows/step-types", tenant.token("Manager")).body().path("items")
                .findValuesAsText("type")).contains("ai.classify", "ai.extract", "ai.draft", "ai.summarise");
    }
}
