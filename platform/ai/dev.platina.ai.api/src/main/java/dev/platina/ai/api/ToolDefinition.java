package dev.platina.ai.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A tool the model may ask to call: a name, what it does in plain words, and a JSON Schema of its input. */
public record ToolDefinition(String name, String description, Map<String, Object> inputSchema) {

    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        inputSchema = inputSchema == null ? Map.of("type", "object")
                : Collections.unmodifiableMap(new LinkedHashMap<>(inputSchema));
    }
}
