package dev.platina.ai.api;

import java.util.List;

/** The model's answer: text, tool calls it asks for, why it stopped, and the tokens it used. */
public record ChatResponse(String text, List<ToolCall> toolCalls, StopReason stopReason, Usage usage, String model) {

    public enum StopReason {
        /** It finished its answer. */
        END,
        /** It asks for tool calls before it goes on. */
        TOOL_CALLS,
        /** It hit maxTokens. */
        MAX_TOKENS,
        /** The provider's content filter stopped it. */
        FILTERED,
        OTHER
    }

    /** Tokens read and written, as the provider counted them. */
    public record Usage(long inputTokens, long outputTokens) {
    }

    public ChatResponse {
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }
}
