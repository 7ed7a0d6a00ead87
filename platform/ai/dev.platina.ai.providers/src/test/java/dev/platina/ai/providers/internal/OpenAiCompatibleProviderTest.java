package dev.platina.ai.providers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.ai.api.ChatMessage;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ChatResponse;
import dev.platina.ai.api.ChatResponse.StopReason;
import dev.platina.ai.api.LanguageModel;
import dev.platina.ai.api.LanguageModelException;
import dev.platina.ai.api.LanguageModelException.Kind;
import dev.platina.ai.api.ProviderSettings;
import dev.platina.ai.api.ToolCall;
import dev.platina.ai.api.ToolDefinition;
import dev.platina.ai.providers.internal.ProviderPeer.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OpenAI-compatible provider against a local peer that speaks Chat Completions as documented. */
class OpenAiCompatibleProviderTest {

    private static final String KEY = "sk-proj-test-key-0815";
    private static final String MODEL = "gpt-4o-mini";

    private ProviderPeer peer;
    private FakeTime time;

    @BeforeEach
    void start() throws IOException {
        peer = new ProviderPeer();
        time = new FakeTime();
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    private LanguageModel connect(String basePath, String key, int maxRetries, Map<String, String> extras) {
        return new OpenAiCompatibleProvider(time.resilience()).connect(new ProviderSettings("openai-compatible",
                peer.baseUrl(basePath), key, MODEL, Duration.ofSeconds(5), maxRetries, extras));
    }

    private LanguageModel connect(int maxRetries) {
        return connect("/v1", KEY, maxRetries, Map.of());
    }

    private static ChatRequest ask(String text) {
        return new ChatRequest("", "You answer briefly.", List.of(ChatMessage.user(text)), List.of(), 256, 0.7);
    }

    private static String answer(String finishReason, String message) {
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1741569952,"model":"gpt-4o-mini-2024-07-18",
                 "choices":[{"index":0,"message":%s,"logprobs":null,"finish_reason":"%s"}],
                 "usage":{"prompt_tokens":19,"completion_tokens":10,"total_tokens":29}}"""
                .formatted(message, finishReason);
    }

    private static String text(String content) {
        return "{\"role\":\"assistant\",\"content\":\"" + content + "\",\"refusal\":null}";
    }

    private static String error(String type, String code, String message) {
        return """
                {"error":{"message":"%s","type":"%s","param":null,"code":%s}}"""
                .formatted(message, type, code == null ? "null" : "\"" + code + "\"");
    }

    private static JsonNode json(String text) throws IOException {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void sendsTheDocumentedRequestWithABearerKeyAndReadsTheAnswer() throws IOException {
        peer.replies(Reply.json(200, answer("stop", text("Hello there."))));

        ChatResponse response = connect(2).chat(ask("Hi"));

        assertThat(response.text()).isEqualTo("Hello there.");
        assertThat(response.stopReason()).isEqualTo(StopReason.END);
        assertThat(response.usage()).isEqualTo(new ChatResponse.Usage(19, 10));
        assertThat(response.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        ProviderPeer.Received request = peer.last();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.query()).isNull();
        assertThat(request.header("authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.header("api-key")).isNull();
        assertThat(request.header("content-type")).isEqualTo("application/json");
        assertThat(request.body()).isEqualTo(json("""
                {"model":"gpt-4o-mini","messages":[{"role":"system","content":"You answer briefly."},
                  {"role":"user","content":"Hi"}],"max_tokens":256,"temperature":0.7}"""));
    }

    @Test
    void withoutAKeyNoAuthorizationHeaderIsSentAsALocalOllamaExpects() {
        peer.replies(Reply.json(200, answer("stop", text("Hi from llama."))));

        ChatResponse response = connect("/v1/", "", 0, Map.of()).chat(ask("Hi"));

        assertThat(response.text()).isEqualTo("Hi from llama.");
        assertThat(peer.last().path()).isEqualTo("/v1/chat/completions");
        assertThat(peer.last().header("authorization")).isNull();
        assertThat(peer.last().header("api-key")).isNull();
    }

    @Test
    void toolCallRoundTripParsesTheArgumentStringAndSendsTheResultAsToolMessage() throws IOException {
        peer.replies(
                Reply.json(200, answer("tool_calls", """
                        {"role":"assistant","content":null,"tool_calls":[{"id":"call_abc","type":"function",
                          "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Berlin\\",\\"days\\":2}"}}]}""")),
                Reply.json(200, answer("stop", text("Sunny in Berlin."))));
        LanguageModel model = connect(0);
        ToolDefinition weather = new ToolDefinition("get_weather", "Weather forecast for a city",
                Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string"))));
        ChatMessage question = ChatMessage.user("Weather in Berlin?");

        ChatResponse first = model.chat(new ChatRequest("", "", List.of(question), List.of(weather), 300, 0));

        assertThat(first.stopReason()).isEqualTo(StopReason.TOOL_CALLS);
        assertThat(first.text()).isEmpty();
        assertThat(first.toolCalls()).containsExactly(
                new ToolCall("call_abc", "get_weather", Map.of("city", "Berlin", "days", 2)));
        assertThat(peer.last().body().get("tools")).isEqualTo(json("""
                [{"type":"function","function":{"name":"get_weather","description":"Weather forecast for a city",
                  "parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}]"""));

        model.chat(new ChatRequest("gpt-4.1", "", List.of(question, ChatMessage.assistant("", first.toolCalls()),
                ChatMessage.toolResult("call_abc", "sunny, 21 C")), List.of(weather), 300, 0));

        JsonNode body = peer.last().body();
        assertThat(body.get("model").asText()).isEqualTo("gpt-4.1");
        assertThat(body.get("max_tokens").asInt()).isEqualTo(300);
        JsonNode messages = body.get("messages");
        assertThat(messages).hasSize(3);
        assertThat(messages.get(1).get("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(1).get("content").isNull()).isTrue();
        JsonNode call = messages.get(1).get("tool_calls").get(0);
        assertThat(call.get("id").asText()).isEqualTo("call_abc");
        assertThat(call.get("type").asText()).isEqualTo("function");
        assertThat(call.get("function").get("name").asText()).isEqualTo("get_weather");
        assertThat(call.get("function").get("arguments").isTextual()).isTrue();
        assertThat(json(call.get("function").get("arguments").asText()))
                .isEqualTo(json("{\"city\":\"Berlin\",\"days\":2}"));
        assertThat(messages.get(2)).isEqualTo(json("""
                {"role":"tool","tool_call_id":"call_abc","content":"sunny, 21 C"}"""));
    }

    @Test
    void brokenToolArgumentsAreABadResponseThatNamesTheTool() {
        peer.replies(Reply.json(200, answer("tool_calls", """
                {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function",
                  "function":{"name":"send_invoice","arguments":"{\\"to\\": \\"acme"}}]}""")));

        LanguageModelException e = catchThrowableOfType(LanguageModelException.class,
                () -> connect(3).chat(ask("Send it")));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("send_invoice").contains("not valid JSON");
        assertThat(peer.received()).hasSize(1);
    }

    @Test
    void azureTakesTheKeyInApiKeyAndTheApiVersionInTheQuery() {
        peer.replies(Reply.json(200, answer("stop", text("ok"))));

        connect("/openai/deployments/gpt4o", KEY, 0, Map.of("azure", "true")).chat(ask("Hi"));
        connect("/openai/deployments/gpt4o", KEY, 0, Map.of("azure", "true", "api-version", "2025-01-01-preview"))
                .chat(ask("Hi"));

        ProviderPeer.Received first = peer.received().get(0);
        assertThat(first.path()).isEqualTo("/openai/deployments/gpt4o/chat/completions");
        assertThat(first.query()).isEqualTo("api-version=2024-10-21");
        assertThat(first.header("api-key")).isEqualTo(KEY);
        assertThat(first.header("authorization")).isNull();
        assertThat(peer.received().get(1).query()).isEqualTo("api-version=2025-01-01-preview");
    }

    @Test
    void aRateLimitIsWaitedOutAsRetryAfterMsSays() {
        peer.replies(
                Reply.json(429, error("requests", "rate_limit_exceeded", "Rate limit reached for gpt-4o-mini"))
                        .withHeader("retry-after-ms", "250").withHeader("retry-after", "1"),
                Reply.json(200, answer("stop", text("Hello."))));

        ChatResponse response = connect(2).chat(ask("Hi"));

        assertThat(response.text()).isEqualTo("Hello.");
        assertThat(peer.received()).hasSize(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void anUnavailableServiceIsRetriedUntilTheRetriesRunOut() {
        peer.replies(Reply.json(503, error("server_error", null, "The server is overloaded")));

        LanguageModelException e = catchThrowableOfType(LanguageModelException.class, () -> connect(3).chat(ask("Hi")));

        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e.getMessage()).contains("is overloaded or unavailable (503: The server is overloaded)");
        assertThat(peer.received()).hasSize(4);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500),
                Duration.ofMillis(3000));
    }

    @Test
    void aUsedUpQuotaIsNotRetried() {
        peer.replies(Reply.json(429, error("insufficient_quota", "insufficient_quota",
                "You exceeded your current quota, please check your plan and billing details.")));

        LanguageModelException e = catchThrowableOfType(LanguageModelException.class, () -> connect(3).chat(ask("Hi")));

        assertThat(e.kind()).isEqualTo(Kind.REFUSED);
        assertThat(e.getMessage()).contains("quota");
        assertThat(peer.received()).hasSize(1);
    }

    @Test
    void aWrongKeyIsUnauthorizedWithoutRetryAndTheEchoedKeyIsHidden() {
        peer.replies(Reply.json(401, error("invalid_request_error", "invalid_api_key",
                "Incorrect API key provided: " + KEY + ". You can find your API key at https://platform.openai.com.")));

        LanguageModelException e = catchThrowableOfType(LanguageModelException.class, () -> connect(3).chat(ask("Hi")));

        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(e.getMessage()).startsWith("The API key was refused by the OpenAI-compatible service at 127.0.0.1:")
                .contains("[API key]").doesNotContain(KEY);
        assertThat(peer.received()).hasSize(1);
    }

    @Test
    void aBadRequestIsRefusedWithTheProvidersOwnMessage() {
        peer.replies(Reply.json(400, error("invalid_request_error", "context_length_exceeded",
                "This model's maximum context length is 128000 tokens.")));

        LanguageModelException e = catchThrowableOfType(LanguageModelException.class, () -> connect(3).chat(ask("Hi")));

        assertThat(e.kind()).isEqualTo(Kind.REFUSED);
        assertThat(e.getMessage()).contains("refused the request (400: This model's maximum context length");
        assertThat(peer.received()).hasSize(1);
    }

    @Test
    void aServerThatSaysStopAfterToolCallsStillAsksForTheTools() {
        peer.replies(Reply.json(200, answer("stop", """
                {"role":"assistant","content":"","tool_calls":[{"function":{"name":"lookup","arguments":{"q":"x"}}}]}""")));

        ChatResponse response = connect(0).chat(ask("Look it up"));

        assertThat(response.stopReason()).isEqualTo(StopReason.TOOL_CALLS);
        assertThat(response.toolCalls()).containsExactly(new ToolCall("call_0", "lookup", Map.of("q", "x")));
    }

    @Test
    void aPlainStringErrorAsSomeCompatibleServersSendIsRead() {
        peer.replies(Reply.json(404, "{\"error\":\"model \\\"llama9\\\" not found, try pulling it first\"}"));

        LanguageModelException e = catchThrowableOfType(LanguageModelException.class, () -> connect(0).chat(ask("Hi")));

        assertThat(e.kind()).isEqualTo(Kind.REFUSED);
        assertThat(e.getMessage()).contains("model \"llama9\" not found").contains("check the model name (gpt-4o-mini)");
    }

    @ParameterizedTest
    @CsvSource({"length,MAX_TOKENS", "content_filter,FILTERED", "stop,END", "something_new,OTHER"})
    void finishReasonsAreMapped(String wire, StopReason expected) {
        peer.replies(Reply.json(200, answer(wire, text("..."))));

        assertThat(connect(0).chat(ask("Hi")).stopReason()).isEqualTo(expected);
    }
}
