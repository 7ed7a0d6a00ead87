package dev.platina.ai.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One turn of a conversation: what the user said, what the model answered (text and/or tool calls), or the result
 * of a tool call ({@code role} TOOL, {@code toolCallId} naming the call it answers).
 */
public record ChatMessage(Role role, String text, List<ToolCall> toolCalls, Optional<String> toolCallId) {

    public enum Role {
        USER,
        ASSISTANT,
        TOOL
    }

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        toolCallId = toolCallId == null ? Optional.empty() : toolCallId;
        if (role == Role.TOOL && toolCallId.isEmpty()) {
            throw new IllegalArgumentException("A tool result names the call it answers");
        }
    }

    public static ChatMessage user(String text) {
        return new ChatMessage(Role.USER, text, List.of(), Optional.empty());
    }

    public static ChatMessage assistant(String text, List<ToolCall> toolCalls) {
        return new ChatMessage(Role.ASSISTANT, text, toolCalls, Optional.empty());
    }

    public static ChatMessage toolResult(String toolCallId, String result) {
        return new ChatMessage(Role.TOOL, result, List.of(), Optional.of(toolCallId));
    }
}
