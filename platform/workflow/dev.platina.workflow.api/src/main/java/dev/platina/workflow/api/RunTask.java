package dev.platina.workflow.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One visit of one node of a run: on which parallel branch, its state, the attempts so far, what went in and came
 * out, and why it failed or waits. {@code failedAttempts} are the attempts that did not succeed, each with its
 * timing and error; a successful last attempt is the task itself.
 */
public record RunTask(
        String nodeId,
        String branch,
        State state,
        int attempts,
        Optional<Map<String, Object>> input,
        Optional<Map<String, Object>> output,
        Optional<String> error,
        Instant createdAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt,
        List<Attempt> failedAttempts) {

    /** An attempt that failed: retried after it ({@code RETRY}) or the last one ({@code FAILED}). */
    public record Attempt(int attempt, Instant startedAt, Instant finishedAt, String outcome, String error) {
    }

    public RunTask {
        failedAttempts = List.copyOf(failedAttempts);
    }

    public enum State {
        /** Waiting for a worker, possibly until a later time (a retry's backoff, a wait). */
        READY,
        RUNNING,
        /** A join waiting for branches. */
        WAITING,
        /** Its step type is missing (skill removed or turned off); resumes when it is back. */
        PARKED,
        DONE,
        FAILED,
        CANCELLED
    }
}
