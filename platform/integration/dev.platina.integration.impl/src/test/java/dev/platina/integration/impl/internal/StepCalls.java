package dev.platina.integration.impl.internal;

import dev.platina.identity.api.Caller;
import dev.platina.workflow.api.OutboundMessage;
import dev.platina.workflow.api.OutboxDelivery;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.util.Map;
import java.util.UUID;

/**
 * A connector's step called as the engine calls it, and the outbox delivery the engine would make of what it
 * queued, for connector skills' tests (through the test jar) that drive steps and channels without workflows.
 */
public final class StepCalls {

    private StepCalls() {
    }

    /** The first attempt of node {@code nodeId} in a run of its own, as {@code caller}. */
    public static StepExecution execution(Caller caller, String nodeId, Map<String, Object> input) {
        UUID run = UUID.randomUUID();
        return new StepExecution() {
            @Override
            public UUID runId() {
                return run;
            }

            @Override
            public String nodeId() {
                return nodeId;
            }

            @Override
            public Map<String, Object> input() {
                return input;
            }

            @Override
            public Caller caller() {
                return caller;
            }

            @Override
            public String idempotencyKey() {
                return run + ":" + nodeId;
            }

            @Override
            public int attempt() {
                return 1;
            }
        };
    }

    /** The message the step handed the outbox; fails the test, naming the outcome, when there is none. */
    public static OutboundMessage outbound(StepOutcome outcome) {
        return outcome.effects().stream().filter(OutboundMessage.class::isInstance).map(OutboundMessage.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("nothing queued: " + outcome));
    }

    /**
     * Runs the step as {@code caller} and returns the first delivery of the message it queued on {@code channel},
     * as the outbox relay would hand it to the channel, with the execution's idempotency key.
     */
    public static OutboxDelivery queued(WorkflowStep step, String channel, Caller caller, Map<String, Object> input)
            throws Exception {
        StepExecution execution = execution(caller, step.descriptor().type(), input);
        OutboundMessage message = outbound(step.execute(execution));
        if (!message.channel().equals(channel)) {
            throw new AssertionError("queued on " + message.channel() + ", not on " + channel);
        }
        return new OutboxDelivery(caller.organization(), UUID.randomUUID(), execution.idempotencyKey(),
                message.payload(), 1);
    }
}
