package dev.platina.ai.providers.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ChatResponse;
import dev.platina.ai.api.ProviderSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * OpenAI Chat Completions and the servers that speak it: {@code POST {baseUrl}/chat/completions} with
 * {@code Authorization: Bearer} (left out without a key, e.g. a local Ollama). Azure OpenAI ({@code azure=true})
 * takes the key in {@code api-key} and the {@code api-version} query parameter; its base URL ends with
 * {@code /openai/deployments/<deployment>}.
 */
final class ChatCompletionsFormat implements WireFormat {

    static final String AZURE_EXTRA = "azure";
    static final String API_VERSION_EXTRA = "api-version";
    static final String DEFAULT_AZURE_API_VERSION = "2024-10-21";

    private final URI endpoint;
    private final String apiKey;
    private final boolean azure;
    private final String displayName;

    ChatCompletionsFormat(ProviderSettings settings) {
        this.azure = Boolean.parseBoolean(settings.extras().getOrDefault(AZURE_EXTRA, "false").strip());
        String apiVersion = settings.extras().getOrDefault(API_VERSION_EXTRA, azure ? DEFAULT_AZURE_API_VERSION : "");
        this.endpoint = Endpoints.resolve(settings.baseUrl(), "chat/completions",
                apiVersion.isEmpty() ? null : "api-version=" + URLEncoder.encode(apiVersion, StandardCharsets.UTF_8));
        this.apiKey = settings.apiKey();
        this.displayName = displayName(settings.baseUrl(), azure);
    }

    private static String displayName(URI baseUrl, boolean azure) {
        if (azure) {
            return "Azure OpenAI";
        }
        if ("api.openai.com".equalsIgnoreCase(baseUrl.getHost())) {
            return "OpenAI";
        }
        String host = baseUrl.getPort() < 0 ? baseUrl.getHost() : baseUrl.getHost() + ":" + baseUrl.getPort();
        return "the OpenAI-compatible service at " + host;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public HttpRequest.Builder request(ChatRequest request, String model) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        Json.bytes(ChatCompletionsRequestBody.of(request, model))));
        if (!apiKey.isEmpty()) {
            if (azure) {
                builder.header("api-key", apiKey);
            } else {
                builder.header("authorization", "Bearer " + apiKey);
            }
        }
        return builder;
    }

    @Override
    public ChatResponse readAnswer(JsonNode answer, String model) {
        return ChatCompletionsAnswerReader.read(answer, model);
    }

    /** {@code {"error":{"message","type","code"}}}; some compatible servers send {@code {"error":"message"}}. */
    @Override
    public ProviderError readError(JsonNode body) {
        JsonNode error = body.path("error");
        if (error.isTextual()) {
            return new ProviderError("", error.asText());
        }
        String code = Json.textOf(error, "code");
        String type = Json.textOf(error, "type");
        return new ProviderError(code.isEmpty() ? type : type + "/" + code, Json.textOf(error, "message"));
    }
}
