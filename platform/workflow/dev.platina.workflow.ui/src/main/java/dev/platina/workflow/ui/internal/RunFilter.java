package dev.platina.workflow.ui.internal;

import dev.platina.workflow.api.Run;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which runs the runs screen lists: of one workflow or all, in one state or any, started within a period or ever. */
record RunFilter(Optional<UUID> workflow, Optional<Run.State> state, Optional<Duration> within) {

    static RunFilter everything() {
        return new RunFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    List<Run> apply(List<Run> runs, Instant now) {
        return runs.stream()
                .filter(run -> workflow.map(id -> run.workflowId().equals(id)).orElse(true))
                .filter(run -> state.map(s -> run.state() == s).orElse(true))
                .filter(run -> within.map(period -> !run.startedAt().isBefore(now.minus(period))).orElse(true))
                .toList();
    }
}
