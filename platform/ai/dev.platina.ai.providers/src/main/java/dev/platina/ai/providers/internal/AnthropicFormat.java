package dev.platina.ai.providers.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ChatResponse;
import dev.platina.ai.api.ProviderSettings;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * Anthropic Messages API: {@code POST {baseUrl}/v1/messages} with {@code x-api-key} and {@code anthropic-version};
 * errors read {@code {"type":"error","error":{"type":...,"message":...}}}.
 */
final class AnthropicFormat implements WireFormat {

    static final String DEFAULT_VERSION = "2023-06-01";
    static final String VERSION_EXTRA = "anthropic-version";

    private final URI endpoint;
    private final String apiKey;
    private final String version;

    AnthropicFormat(ProviderSettings settings) {
        String base = settings.baseUrl().toString();
        this.endpoint = Endpoints.resolve(settings.baseUrl(), base.matches(".*/v1/?$") ? "messages" : "v1/messages",
                null);
        this.apiKey = settings.apiKey();
        this.version = settings.extras().getOrDefault(VERSION_EXTRA, DEFAULT_VERSION);
    }

    @Override
    public String displayName() {
        return "Anthropic";
    }

    @Override
    public HttpRequest.Builder request(ChatRequest request, String model) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .header("anthropic-version", version)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(AnthropicRequestBody.of(request, model))));
        if (!apiKey.isEmpty()) {
            builder.header("x-api-key", apiKey);
        }
        return builder;
    }

    @Override
    public ChatResponse readAnswer(JsonNode answer, String model) {
        return AnthropicAnswerReader.read(answer, model);
    }

    @Override
    public ProviderError readError(JsonNode body) {
        JsonNode error = body.path("error");
        return new ProviderError(Json.textOf(error, "type"), Json.textOf(error, "message"));
    }
}
