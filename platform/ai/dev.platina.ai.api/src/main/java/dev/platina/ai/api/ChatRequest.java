package dev.platina.ai.api;

import java.util.List;
import java.util.Objects;

/**
 * What to ask a model: instructions ({@code system}), the conversation so far, the tools it may call, and limits.
 * {@code model} empty means the provider connection's configured model.
 */
public record ChatRequest(String model, String system, List<ChatMessage> messages, List<ToolDefinition> tools,
        int maxTokens, double temperature) {

    public ChatRequest {
        model = model == null ? "" : model;
        system = system == null ? "" : system;
        Objects.requireNonNull(messages, "messages");
        messages = List.copyOf(messages);
        tools = tools == null ? List.of() : List.copyOf(tools);
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1");
        }
    }
}
