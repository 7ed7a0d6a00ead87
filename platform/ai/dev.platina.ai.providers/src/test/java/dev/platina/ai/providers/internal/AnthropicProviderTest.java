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

/** The Anthropic provider against a local peer that speaks the Messages API as documented. */
class AnthropicProviderTest {

    private static final String KEY = "sk-ant-api03-test-key-4711";
    private static final String MODEL = "claude-sonnet-4-5";

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

    private LanguageModel connect(int maxRetries, Map<String, String> extras) {
        return new AnthropicProvider(time.resilience()).connect(new ProviderSettings("anthropic",
                peer.baseUrl(""), KEY, MODEL, Duration.ofSeconds(5), maxRetries, extras));
    }

    private static ChatRequest ask(String text) {
        return new ChatRequest("", "You answer briefly.", List.of(ChatMessage.user(text)), List.of(), 512, 0.2);
    }

    private static String answer(String stopReason, String contentBlocks) {
        return """
                {"id":"msg_01","type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929",
                 "content":[%s],"stop_reason":"%s","stop_sequence":null,
                 "usage":{"input_tokens":25,"output_tokens":7}}""".formatted(contentBlocks, stopReason);
    }

    private static String error(String type, String message) {
        return """
                {"type":"error","error":{"type":"%s","message":"%s"}}""".formatted(type, message);
    }

    private static JsonNode json(String text) throws IOException {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void sendsTheDocumentedRequestAndReadsTheAnswer() throws IOException {
        peer.replies(Reply.json(200, answer("end_turn", "{\"type\":\"text\",\"text\":\"Hello there.\"}")));

        ChatResponse response = connect(2, Map.of()).chat(ask("Hi"));

        assertThat(response.text()).isEqualTo("Hello there.");
        assertThat(response.stopReason()).isEqualTo(StopReason.END);
        assertThat(response.usage()).isEqualTo(new ChatResponse.Usage(25, 7));
        assertThat(response.model()).isEqualTo("claude-sonnet-4-5-20250929");
        ProviderPeer.Received request = peer.last();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/messages");
        assertThat(request.header("x-api-key")).isEqualTo(KEY);
        assertThat(request.header("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(request.header("content-type")).isEqualTo("application/json");
        assertThat(request.header("authorization")).isNull();
        assertThat(request.body()).isEqualTo(json("""
                {"model":"claude-sonnet-4-5","max_tokens":512,"system":"You answer briefly.",
                 "messages":[{"role":"user","content":[{"type":"text","text":"Hi"}]}],"temperature":0.2}"""));
    }

    @Test
    void toolCallRoundTripSendsTheResultAsToolResultBlockInAUserTurn() throws IOException {
        peer.replies(
                Reply.json(200, answer("tool_use", """
                        {"type":"text","text":"Let me look that up."},
                        {"type":"tool_use","id":"toolu_01A","name":"find_invoice","input":{"number":"INV-7","year":2026}}""")),
                Reply.json(200, answer("end_turn", "{\"type\":\"text\",\"text\":\"Invoice INV-7 is paid.\"}")));
        LanguageModel model = connect(0, Map.of());
        ToolDefinition findInvoice = new ToolDefinition("find_invoice", "Finds an invoice by its number",
                Map.of("type", "object", "properties", Map.of("number", Map.of("type", "string")),
                        "required", List.of("number")));
        ChatMessage question = ChatMessage.user("Is INV-7 paid?");

        ChatResponse first = model.chat(new ChatRequest("", "", List.of(question), List.of(findInvoice), 1024, 0));

        assertThat(first.stopReason()).isEqualTo(StopReason.TOOL_CALLS);
        assertThat(first.text()).isEqualTo("Let me look that up.");
        assertThat(first.toolCalls()).containsExactly(
                new ToolCall("toolu_01A", "find_invoice", Map.of("number", "INV-7", "year", 2026)));
        assertThat(peer.last().body().get("tools")).isEqualTo(json("""
                [{"name":"find_invoice","description":"Finds an invoice by its number",
                  "input_schema":{"type":"object","properties":{"number":{"type":"string"}},"required":["number"]}}]"""));
        assertThat(peer.last().body().has("system")).isFalse();

        ChatResponse second = model.chat(new ChatRequest("claude-opus-4-1", "", List.of(question,
                ChatMessage.assistant(first.text(), first.toolCalls()),
                ChatMessage.toolResult("toolu_01A", "{\"status\":\"paid\"}")), List.of(findInvoice), 1024, 0));

        assertThat(second.text()).isEqualTo("Invoice INV-7 is paid.");
        JsonNode body = peer.last().body();
        assertThat(body.get("model").asText()).isEqualTo("claude-opus-4-1");
        assertThat(body.get("max_tokens").asInt()).isEqualTo(1024);
        assertThat(body.get("messages")).isEqualTo(json("""
                [{"role":"user","content":[{"type":"text","text":"Is INV-7 paid?"}]},
                 {"role":"assistant","content":[{"type":"text","text":"Let me look that up."},
                   {"type":"tool_use","id":"toolu_01A","name":"find_invoice","input":{"number":"INV-7","year":2026}}]},
                 {"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_01A",
                   "content":"{\\"status\\":\\"paid\\"}"}]}]"""));
    }

    @Test
    void severalToolResultsAndAFollowUpShareOneUserTurnResultsFirst() throws IOException {
        peer.replies(Reply.json(200, answer("end_turn", "{\"type\":\"text\",\"text\":\"Done.\"}")));
        List<ToolCall> calls = List.of(new ToolCall("toolu_1", "a", Map.of()), new ToolCall("toolu_2", "b", Map.of()));

        connect(0, Map.of()).chat(new ChatRequest("", "", List.of(ChatMessage.user("Do a and b"),
                ChatMessage.assistant("", calls), ChatMessage.toolResult("toolu_1", "A done"),
                ChatMessage.user("and hurry"), ChatMessage.toolResult("toolu_2", "B done")), List.of(), 100, 0));

        assertThat(peer.last().body().get("messages").get(2)).isEqualTo(json("""
                {"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_1","content":"A done"},
                  {"type":"tool_result","tool_use_id":"toolu_2","content":"B done"},
                  {"type":"text","text":"and hurry"}]}"""));
        assertThat(peer.last().body().get("messages").get(1).get("content")).hasSize(2);
    }

    @Test
    void theApiVersionCanBeOverriddenInTheExtras() {
        peer.replies(Reply.json(200, answer("end_turn", "{\"type\":\"text\",\"text\":\"ok\"}")));

        connect(0, Map.of("anthropic-version", "2024-01-01")).chat(ask("Hi"));

        assertThat(peer.last().header("anthropic-version")).isEqualTo("2024-01-01");
    }

    @ParameterizedTest
    @CsvSource({"max_tokens,MAX_TOKENS", "stop_sequence,END", "refusal,FILTERED", "pause_turn,OTHER"})
    void stopReasonsAreMapped(String wire, StopReason expected) {
        peer.replies(Reply.json(200, answer(wire, "{\"type\":\"text\",\"text\":\"...\"}")));

        assertThat(connect(0, Map.of()).chat(ask("Hi")).stopReason()).isEqualTo(expected);
    }

    @Test
    void aRateLimitIsWaitedOutAsTheRetryAfterHeaderSays() {
        peer.replies(
                Reply.json(429, error("rate_limit_error", "Number of request tokens has exceeded your rate limit"))
                        .withHeader("retry-after", "3"),
                Reply.json(200, answer("end_turn", "{\"type\":\"text\",\"text\":\"Hello.\"}")));

        ChatResponse response = connect(2, Map.of()).chat(ask("Hi"));

        assertThat(response.text()).isEqualTo("Hello.");
        assertThat(peer.received()).hasSize(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void anOverloadedProviderIsRetriedWithBackoffUntilTheRetriesRunOut() {
        peer.replies(Reply.json(529, error("overloaded_error", "Overloaded")));

        LanguageModelException e = catchThrowableOfType(LanguageModelException.class,
                () -> connect(2, Map.of()).chat(ask("Hi")));

        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e.getMessage()).contains("Anthropic is overloaded or unavailable (529: Overloaded)")
                .contains("3 attempts");
        assertThat(peer.received()).hasSize(3);
        // equal jitter at 0.5: 500 + 250 ms after the first failure, 1000 + 500 ms after the second
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500));
    }

    @Test
    void aRefusedKeyIsNotRetriedAndItsMessageSaysWhatToDo() {
        peer.replies(Reply.json(401, error("authentication_error", "invalid x-api-key " + KEY)));
        LanguageModel model = connect(3, Map.of());

        LanguageModelException e = catchThrowableOfType(LanguageModelException.class, () -> model.chat(ask("Hi")));

        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(e.getMessage()).startsWith("The API key was refused by Anthropic (401")
                .endsWith("check the key in the AI settings.")
                .doesNotContain(KEY);
        assertThat(peer.received()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
        assertThat(model.toString()).doesNotContain(KEY);
    }

    @Test
    void anInvalidRequestIsRefusedWithTheProvidersOwnMessage() {
        peer.replies(Reply.json(400, error("invalid_request_error",
                "max_tokens: 100000 > 64000, which is the maximum allowed number of output tokens")));

        LanguageModelException e = catchThrowableOfType(LanguageModelException.class,
                () -> connect(3, Map.of()).chat(ask("Hi")));

        assertThat(e.kind()).isEqualTo(Kind.REFUSED);
        assertThat(e.getMessage()).contains("Anthropic refused the request (400: max_tokens: 100000 > 64000");
        assertThat(peer.received()).hasSize(1);
    }

    @Test
    void aRetryAfterLongerThanAMinuteFailsAtOnceWithTheWaitAttached() {
        peer.replies(Reply.json(429, error("rate_limit_error", "slow down")).withHeader("retry-after", "120"));

        LanguageModelException e = catchThrowableOfType(LanguageModelException.class,
                () -> connect(3, Map.of()).chat(ask("Hi")));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(peer.received()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }
}
