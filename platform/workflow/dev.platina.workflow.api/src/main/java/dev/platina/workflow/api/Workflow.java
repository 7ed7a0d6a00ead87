package dev.platina.workflow.api;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One version of a workflow with its definition, the JSON graph the builder and the engine share. */
public record Workflow(
        UUID id,
        String name,
        String description,
        int version,
        Map<String, Object> definition,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy) {

    public Workflow {
        // JSON keeps null values and the order fields were written in; Map.copyOf would keep neither.
        definition = Collections.unmodifiableMap(new LinkedHashMap<>(definition));
    }
}
