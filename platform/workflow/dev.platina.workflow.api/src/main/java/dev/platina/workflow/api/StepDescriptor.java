package dev.platina.workflow.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a step type is, for the builder and the validator: its type id ({@code http.request},
 * {@code crm.lead.update}), a title and description in plain words, and JSON Schemas of its input and output.
 */
public record StepDescriptor(
        String type,
        String title,
        String description,
        String category,
        Map<String, Object> inputSchema,
        Map<String, Object> outputSchema) {

    public StepDescriptor {
        Objects.requireNonNull(type, "type");
        inputSchema = inputSchema == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputSchema));
        outputSchema = outputSchema == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(outputSchema));
    }
}
