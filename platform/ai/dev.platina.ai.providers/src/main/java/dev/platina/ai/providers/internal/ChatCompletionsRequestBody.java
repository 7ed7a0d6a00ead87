package dev.platina.ai.providers.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.platina.ai.api.ChatMessage;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ToolCall;
import dev.platina.ai.api.ToolDefinition;

/**
 * The JSON body of a Chat Completions request: the system prompt as the first message, tool calls of the assistant
 * with their arguments as a JSON string, and each tool result as its own {@code tool} message.
 */
final class ChatCompletionsRequestBody {

    private ChatCompletionsRequestBody() {
    }

    static ObjectNode of(ChatRequest request, String model) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        if (!request.system().isEmpty()) {
            messages.addObject().put("role", "system").put("content", request.system());
        }
        for (ChatMessage message : request.messages()) {
            messages.add(message(message));
        }
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            for (ToolDefinition tool : request.tools()) {
                ObjectNode function = tools.addObject().put("type", "function").putObject("function");
                function.put("name", tool.name());
                if (!tool.description().isEmpty()) {
                    function.put("description", tool.description());
                }
                function.set("parameters", Json.MAPPER.valueToTree(tool.inputSchema()));
            }
        }
        body.put("max_tokens", request.maxTokens());
        if (Double.isFinite(request.temperature()) && request.temperature() >= 0) {
            body.put("temperature", request.temperature());
        }
        return body;
    }

    private static ObjectNode message(ChatMessage message) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        switch (message.role()) {
            case USER -> node.put("role", "user").put("content", message.text());
            case TOOL -> node.put("role", "tool").put("tool_call_id", message.toolCallId().orElseThrow())
                    .put("content", message.text());
            case ASSISTANT -> {
                node.put("role", "assistant");
                if (message.text().isEmpty() && !message.toolCalls().isEmpty()) {
                    node.putNull("content");
                } else {
                    node.put("content", message.text());
                }
                if (!message.toolCalls().isEmpty()) {
                    ArrayNode calls = node.putArray("tool_calls");
                    for (ToolCall call : message.toolCalls()) {
                        ObjectNode entry = calls.addObject().put("id", call.id()).put("type", "function");
                        entry.putObject("function").put("name", call.name())
                                .put("arguments", Json.text(call.arguments()));
                    }
                }
            }
        }
        return node;
    }
}
