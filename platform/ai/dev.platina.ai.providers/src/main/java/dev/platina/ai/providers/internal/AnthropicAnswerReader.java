package dev.platina.ai.providers.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.ai.api.ChatResponse;
import dev.platina.ai.api.ChatResponse.StopReason;
import dev.platina.ai.api.ChatResponse.Usage;
import dev.platina.ai.api.ToolCall;
import java.util.ArrayList;
import java.util.List;

/** Reads an Anthropic Messages answer: text and {@code tool_use} content blocks, stop reason and token usage. */
final class AnthropicAnswerReader {

    private AnthropicAnswerReader() {
    }

    static ChatResponse read(JsonNode answer, String requestedModel) {
        JsonNode content = answer.path("content");
        if (!content.isArray()) {
            throw new UnreadableAnswerException("it has no content blocks");
        }
        StringBuilder text = new StringBuilder();
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode block : content) {
            String type = Json.textOf(block, "type");
            if (type.equals("text")) {
                text.append(Json.textOf(block, "text"));
            } else if (type.equals("tool_use")) {
                calls.add(toolCall(block));
            }
        }
        String model = Json.textOf(answer, "model");
        JsonNode usage = answer.path("usage");
        return new ChatResponse(text.toString(), calls, stopReason(Json.textOf(answer, "stop_reason")),
                new Usage(usage.path("input_tokens").asLong(), usage.path("output_tokens").asLong()),
                model.isEmpty() ? requestedModel : model);
    }

    private static ToolCall toolCall(JsonNode block) {
        String id = Json.textOf(block, "id");
        String name = Json.textOf(block, "name");
        if (id.isEmpty() || name.isEmpty()) {
            throw new UnreadableAnswerException("a tool_use block lacks its id or name");
        }
        JsonNode input = block.path("input");
        if (!input.isObject()) {
            throw new UnreadableAnswerException("the input of the tool call " + name + " is not a JSON object");
        }
        return new ToolCall(id, name, Json.objectOf(input));
    }

    static StopReason stopReason(String reason) {
        return switch (reason) {
            case "end_turn", "stop_sequence" -> StopReason.END;
            case "tool_use" -> StopReason.TOOL_CALLS;
            case "max_tokens" -> StopReason.MAX_TOKENS;
            case "refusal" -> StopReason.FILTERED;
            default -> StopReason.OTHER;
        };
    }
}
