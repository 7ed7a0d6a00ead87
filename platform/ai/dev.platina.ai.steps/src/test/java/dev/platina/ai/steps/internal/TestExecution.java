package dev.platina.ai.steps.internal;

import dev.platina.identity.api.Caller;
import dev.platina.workflow.api.StepExecution;
import java.util.Map;
import java.util.UUID;

/** One first attempt of a step at a node, for a caller, as the engine would hand it over. */
record TestExecution(UUID runId, String nodeId, Map<String, Object> input, Caller caller) implements StepExecution {

    static StepExecution of(Caller caller, String nodeId, Map<String, Object> input) {
        return new TestExecution(UUID.randomUUID(), nodeId, input, caller);
    }

    @Override
    public String idempotencyKey() {
        return "key";
    }

    @Override
    public int attempt() {
        return 1;
    }
}
