package dev.platina.workflow.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an attempt ended: done with an output the next steps can read, or failed with a reason in plain words. A
 * retryable failure is tried again under the step's retry policy; a permanent one takes the error path at once.
 * A step that changes something outside hands the change over as {@link #effects()}: they are written to the
 * outbox in the same transaction that records the step as done, and delivered from there once each.
 */
public record StepOutcome(Map<String, Object> output, Optional<String> failure, boolean retryable,
        List<OutboundMessage> effects) {

    public StepOutcome {
        output = output == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(output));
        Objects.requireNonNull(failure, "failure");
        effects = effects == null ? List.of() : List.copyOf(effects);
        if (failure.isPresent() && !effects.isEmpty()) {
            throw new IllegalArgumentException("A failed attempt has no effects");
        }
    }

    public StepOutcome(Map<String, Object> output, Optional<String> failure, boolean retryable) {
        this(output, failure, retryable, List.of());
    }

    public static StepOutcome done(Map<String, Object> output) {
        return new StepOutcome(output, Optional.empty(), false);
    }

    public static StepOutcome failed(String reason, boolean retryable) {
        return new StepOutcome(Map.of(), Optional.of(reason), retryable);
    }

    /** This outcome with messages for the outbox, delivered once each after the step is recorded as done. */
    public StepOutcome withEffects(OutboundMessage... messages) {
        return new StepOutcome(output, failure, retryable, List.of(messages));
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }
}
