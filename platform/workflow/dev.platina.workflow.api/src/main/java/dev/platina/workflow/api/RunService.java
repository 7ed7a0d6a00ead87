package dev.platina.workflow.api;

import dev.platina.identity.api.Caller;
import java.util.Map;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs of the caller's organisation's workflows. Starting needs {@code workflows:run}, reading
 * {@code workflows:read}. A run keeps the workflow version it started with; its steps act as the workflow's owner.
 */
@ProviderType
public interface RunService {

    /** Starts a run of the workflow's current version with this input; returns at once. */
    Run start(Caller caller, UUID workflowId, Map<String, Object> input);

    /** The run with every task so far: inputs, outputs, errors, attempts and timings. */
    Run get(Caller caller, UUID runId);

    /** The organisation's most recent runs, newest first, without their tasks. */
    java.util.List<Run> recent(Caller caller, int limit);

    /**
     * Takes a failed run up again from where it failed: its failed steps get a fresh set of attempts, and what was
     * cut short when it failed goes on.
     *
     * @throws dev.platina.core.api.ConflictException when the run has not failed
     */
    Run retry(Caller caller, UUID runId);

    /** Stops the run: no further step starts; a step already running finishes, its result is kept but not used. */
    Run cancel(Caller caller, UUID runId);
}
