package dev.platina.workflow.engine.internal;

import dev.platina.identity.api.Caller;
import dev.platina.workflow.api.StepExecution;
import java.util.Map;
import java.util.UUID;

/** What a step sees of its attempt. */
record Execution(UUID runId, String nodeId, Map<String, Object> input, Caller caller, String idempotencyKey,
        int attempt) implements StepExecution {
}
