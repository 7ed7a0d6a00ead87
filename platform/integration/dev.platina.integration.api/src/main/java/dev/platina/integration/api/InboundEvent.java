package dev.platina.integration.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something a vendor reported, normalised: the vendor's id of the occurrence (the same on every retry of a
 * delivery, so repeats are recognised), a platform event type such as {@code payment.succeeded}, when it happened
 * at the vendor (not when it arrived: deliveries may come out of order), and JSON-like data.
 */
public record InboundEvent(String id, String type, Instant occurredAt, Map<String, Object> data) {

    public InboundEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        data = data == null ? Map.of() : data;
    }
}
