package dev.platina.workflow.api;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A run of one workflow version and its history, oldest task first, with what its steps sent through the outbox. */
public record Run(
        UUID id,
        UUID workflowId,
        int version,
        State state,
        Map<String, Object> input,
        Instant startedAt,
        Optional<Instant> finishedAt,
        Optional<String> error,
        List<RunTask> tasks,
        List<RunEffect> effects) {

    public enum State {
        RUNNING,
        COMPLETED,
        FAILED,
        CANCELLED
    }

    public Run {
        input = Collections.unmodifiableMap(new LinkedHashMap<>(input));
        tasks = List.copyOf(tasks);
        effects = List.copyOf(effects);
    }

    /** A run without outbox messages (or as a list shows it, without its history). */
    public Run(UUID id, UUID workflowId, int version, State state, Map<String, Object> input, Instant startedAt,
            Optional<Instant> finishedAt, Optional<String> error, List<RunTask> tasks) {
        this(id, workflowId, version, state, input, startedAt, finishedAt, error, tasks, List.of());
    }
}
