package dev.platina.workflow.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of step workflows can use, registered as an OSGi service by the platform or a skill. The engine lists it
 * in the builder from its {@link #descriptor()} and calls {@link #execute} for each attempt. A run that reaches a
 * step whose type is not registered (its skill was removed or turned off) waits until it is back.
 */
@ConsumerType
public interface WorkflowStep {

    StepDescriptor descriptor();

    /**
     * Does the work of one attempt. Anything with an effect outside Platina must be keyed by
     * {@link StepExecution#idempotencyKey()}, which stays the same across retries and restarts of the same step,
     * so repeating an attempt never repeats the effect.
     *
     * @return the outcome; an exception counts as a retryable failure
     */
    StepOutcome execute(StepExecution execution) throws Exception;
}
