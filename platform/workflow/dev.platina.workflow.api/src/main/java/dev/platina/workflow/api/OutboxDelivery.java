package dev.platina.workflow.api;

import dev.platina.persistence.api.TenantId;
import java.util.Map;
import java.util.UUID;

/** One attempt to deliver one outbox message; {@code idempotencyKey} is the same for every attempt. */
public record OutboxDelivery(TenantId organization, UUID messageId, String idempotencyKey,
        Map<String, Object> payload, int attempt) {
}
