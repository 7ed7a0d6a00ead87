package dev.platina.workflow.api;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A run of one workflow version and its history, oldest task first. */
public record Run(
        UUID id,
        UUID workflowId,
        int version,
        State state,
        Map<String, Object> input,
        Instant startedAt,
        Optional<Instant> finishedAt,
        Optional<String> error,
        List<RunTask> tasks) {

    public enum State {
        RUNNING,
        COMPLETED,
        FAILED,
        CANCELLED
    }

    public Run {
        input = Collections.unmodifiableMap(new LinkedHashMap<>(input));
        tasks = List.copyOf(tasks);
    }
}
