package dev.platina.ai.mcp.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Where an MCP client's tool call stands: performed (with the step's output), rejected or failed (an error
 * result), or still waiting for approval. {@code text} is what a person or model reads.
 */
record CallOutcome(State state, UUID runId, String text, Map<String, Object> structured) {

    enum State {
        DONE,
        REJECTED,
        FAILED,
        WAITING
    }

    CallOutcome {
        structured = Collections.unmodifiableMap(new LinkedHashMap<>(structured));
    }

    boolean isError() {
        return state == State.REJECTED || state == State.FAILED;
    }

    /** As an MCP tools/call result. */
    Map<String, Object> toResult() {
        var result = new LinkedHashMap<String, Object>();
        result.put("content", java.util.List.of(Map.of("type", "text", "text", text)));
        result.put("structuredContent", structured);
        result.put("isError", isError());
        return result;
    }
}
