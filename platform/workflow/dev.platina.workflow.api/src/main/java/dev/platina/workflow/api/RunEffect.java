package dev.platina.workflow.api;

import java.time.Instant;
import java.util.Optional;

/** A message a run's step handed to the outbox, and how its delivery goes. */
public record RunEffect(
        String nodeId,
        String channel,
        String idempotencyKey,
        State state,
        int attempts,
        Optional<String> lastError,
        Instant createdAt,
        Optional<Instant> nextAttemptAt,
        Optional<Instant> deliveredAt) {

    public enum State {
        /** Waiting for its first or next attempt (also while its channel is missing or its peer is down). */
        PENDING,
        DELIVERING,
        DELIVERED,
        /** Refused by the peer, or out of attempts; never sent again on its own. */
        FAILED
    }
}
