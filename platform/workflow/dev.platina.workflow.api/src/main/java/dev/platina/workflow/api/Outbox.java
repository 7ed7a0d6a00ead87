package dev.platina.workflow.api;

import dev.platina.identity.api.Caller;
import java.time.Instant;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The transactional outbox for effects that do not come from a step (a step hands its messages over with its
 * outcome instead): a message is stored in its own transaction and then delivered by the {@link OutboxChannel} of
 * its name, at least once, with retries, always with {@code idempotencyKey}.
 */
@ProviderType
public interface Outbox {

    /**
     * Queues a message for the caller's organisation, to go out no earlier than {@code notBefore}; false when a
     * message with this key was queued before (nothing changes then).
     */
    boolean enqueue(Caller caller, String channel, String idempotencyKey, Map<String, Object> payload,
            Instant notBefore);
}
