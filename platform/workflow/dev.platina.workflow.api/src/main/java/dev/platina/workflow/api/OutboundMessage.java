package dev.platina.workflow.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something to send to the outside through the outbox: the {@link OutboxChannel} named {@code channel} delivers
 * {@code payload}. The engine gives each message an idempotency key derived from the step's, so a delivery tried
 * again is recognised by a peer that honours it.
 */
public record OutboundMessage(String channel, Map<String, Object> payload) {

    public OutboundMessage {
        Objects.requireNonNull(channel, "channel");
        payload = payload == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    }
}
