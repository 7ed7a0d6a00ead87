package dev.platina.ai.mcp.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A tool as an MCP server lists it: its name, what it does, and the JSON Schema of its arguments. */
record RemoteTool(String name, String description, Map<String, Object> inputSchema) {

    RemoteTool {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        inputSchema = inputSchema == null || inputSchema.isEmpty() ? Map.of("type", "object")
                : Collections.unmodifiableMap(new LinkedHashMap<>(inputSchema));
    }
}
