package dev.platina.workflow.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an attempt ended: done with an output the next steps can read, or failed with a reason in plain words. A
 * retryable failure is tried again under the step's retry policy; a permanent one takes the error path at once.
 */
public record StepOutcome(Map<String, Object> output, Optional<String> failure, boolean retryable) {

    public StepOutcome {
        output = output == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(output));
        Objects.requireNonNull(failure, "failure");
    }

    public static StepOutcome done(Map<String, Object> output) {
        return new StepOutcome(output, Optional.empty(), false);
    }

    public static StepOutcome failed(String reason, boolean retryable) {
        return new StepOutcome(Map.of(), Optional.of(reason), retryable);
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }
}
