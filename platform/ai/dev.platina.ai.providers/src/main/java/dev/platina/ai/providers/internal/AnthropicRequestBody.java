package dev.platina.ai.providers.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.platina.ai.api.ChatMessage;
import dev.platina.ai.api.ChatMessage.Role;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ToolCall;
import dev.platina.ai.api.ToolDefinition;

/**
 * The JSON body of an Anthropic Messages request. Tool results travel as {@code tool_result} blocks in a user turn;
 * consecutive messages of the same wire role are merged into one turn, so several tool results answering one
 * assistant turn arrive together, before any text the user added.
 */
final class AnthropicRequestBody {

    private AnthropicRequestBody() {
    }

    static ObjectNode of(ChatRequest request, String model) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", model);
        body.put("max_tokens", request.maxTokens());
        if (!request.system().isEmpty()) {
            body.put("system", request.system());
        }
        body.set("messages", messages(request));
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            for (ToolDefinition tool : request.tools()) {
                ObjectNode node = tools.addObject();
                node.put("name", tool.name());
                if (!tool.description().isEmpty()) {
                    node.put("description", tool.description());
                }
                node.set("input_schema", Json.MAPPER.valueToTree(tool.inputSchema()));
            }
        }
        if (Double.isFinite(request.temperature()) && request.temperature() >= 0) {
            body.put("temperature", request.temperature());
        }
        return body;
    }

    private static ArrayNode messages(ChatRequest request) {
        ArrayNode turns = Json.MAPPER.createArrayNode();
        String currentRole = null;
        ArrayNode content = null;
        for (ChatMessage message : request.messages()) {
            String role = message.role() == Role.ASSISTANT ? "assistant" : "user";
            if (!role.equals(currentRole)) {
                ObjectNode turn = turns.addObject();
                turn.put("role", role);
                content = turn.putArray("content");
                currentRole = role;
            }
            addBlocks(content, message);
        }
        return turns;
    }

    private static void addBlocks(ArrayNode content, ChatMessage message) {
        if (message.role() == Role.TOOL) {
            ObjectNode result = Json.MAPPER.createObjectNode();
            result.put("type", "tool_result");
            result.put("tool_use_id", message.toolCallId().orElseThrow());
            result.put("content", message.text());
            content.insert(countToolResults(content), result);
            return;
        }
        if (!message.text().isEmpty()) {
            content.addObject().put("type", "text").put("text", message.text());
        }
        for (ToolCall call : message.toolCalls()) {
            ObjectNode use = content.addObject();
            use.put("type", "tool_use");
            use.put("id", call.id());
            use.put("name", call.name());
            use.set("input", Json.MAPPER.valueToTree(call.arguments()));
        }
    }

    /** Anthropic wants the tool results first in a user turn. */
    private static int countToolResults(ArrayNode content) {
        int count = 0;
        while (count < content.size() && "tool_result".equals(content.get(count).path("type").asText())) {
            count++;
        }
        return count;
    }
}
