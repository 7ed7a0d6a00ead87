package dev.platina.workflow.engine.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Parsed workflow versions. A version never changes once saved, so each is read and parsed once per node. */
final class Definitions {

    private record Key(UUID workflowId, int version) {
    }

    private final Map<Key, Definition> parsed = new ConcurrentHashMap<>();

    Definition get(UUID workflowId, int version, Supplier<Map<String, Object>> json) {
        // Step types were checked when the version was saved; a type missing now parks the task instead.
        return parsed.computeIfAbsent(new Key(workflowId, version),
                key -> new DefinitionReader(type -> true).read(json.get()));
    }
}
