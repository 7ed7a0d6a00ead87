package dev.platina.workflow.api;

import java.util.UUID;

/** The run a webhook delivery started; {@code repeated} when the delivery id was seen before (same run). */
public record WebhookReceipt(UUID runId, boolean repeated) {
}
