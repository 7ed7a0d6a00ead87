package dev.platina.ai.providers.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.ai.api.ChatResponse;
import dev.platina.ai.api.ChatResponse.StopReason;
import dev.platina.ai.api.ChatResponse.Usage;
import dev.platina.ai.api.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a Chat Completions answer from {@code choices[0]}. The arguments of a tool call are a JSON string that the
 * model wrote, so they can be broken; that is reported naming the tool. Compatible servers differ in details, which
 * are accepted: arguments as an object, a missing call id, {@code stop} as the finish reason of a tool call.
 */
final class ChatCompletionsAnswerReader {

    private ChatCompletionsAnswerReader() {
    }

    static ChatResponse read(JsonNode answer, String requestedModel) {
        JsonNode choice = answer.path("choices").path(0);
        JsonNode message = choice.path("message");
        if (!message.isObject()) {
            throw new UnreadableAnswerException("it has no choices[0].message");
        }
        List<ToolCall> calls = new ArrayList<>();
        JsonNode toolCalls = message.path("tool_calls");
        for (int i = 0; i < toolCalls.size(); i++) {
            calls.add(toolCall(toolCalls.get(i), i));
        }
        StopReason stop = stopReason(Json.textOf(choice, "finish_reason"));
        if (!calls.isEmpty() && stop == StopReason.END) {
            stop = StopReason.TOOL_CALLS;
        }
        String model = Json.textOf(answer, "model");
        JsonNode usage = answer.path("usage");
        return new ChatResponse(Json.textOf(message, "content"), calls, stop,
                new Usage(usage.path("prompt_tokens").asLong(), usage.path("completion_tokens").asLong()),
                model.isEmpty() ? requestedModel : model);
    }

    private static ToolCall toolCall(JsonNode call, int index) {
        JsonNode function = call.path("function");
        String name = Json.textOf(function, "name");
        if (name.isEmpty()) {
            throw new UnreadableAnswerException("tool call " + (index + 1) + " has no function name");
        }
        String id = Json.textOf(call, "id");
        return new ToolCall(id.isEmpty() ? "call_" + index : id, name, arguments(name, function.path("arguments")));
    }

    private static Map<String, Object> arguments(String tool, JsonNode arguments) {
        if (arguments.isObject()) {
            return Json.objectOf(arguments);
        }
        String text = arguments.isTextual() ? arguments.asText().strip() : "";
        if (text.isEmpty()) {
            return Map.of();
        }
        try {
            JsonNode parsed = Json.MAPPER.readTree(text);
            if (parsed != null && parsed.isObject()) {
                return Json.objectOf(parsed);
            }
        } catch (JacksonException e) {
            throw new UnreadableAnswerException("the model wrote arguments for the tool " + tool
                    + " that are not valid JSON", e);
        }
        throw new UnreadableAnswerException("the model wrote arguments for the tool " + tool
                + " that are not a JSON object");
    }

    static StopReason stopReason(String reason) {
        return switch (reason) {
            case "stop" -> StopReason.END;
            case "tool_calls", "function_call" -> StopReason.TOOL_CALLS;
            case "length" -> StopReason.MAX_TOKENS;
            case "content_filter" -> StopReason.FILTERED;
            default -> StopReason.OTHER;
        };
    }
}
