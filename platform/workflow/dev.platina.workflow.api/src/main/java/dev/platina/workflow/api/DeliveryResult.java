package dev.platina.workflow.api;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How a delivery attempt went: delivered (with a receipt worth keeping, such as the peer's id for the message),
 * to be tried again (optionally not before {@code retryAfter}, as a peer's {@code Retry-After} asks), or refused
 * for good.
 */
public record DeliveryResult(Kind kind, Optional<String> reason, Optional<Duration> retryAfter,
        Map<String, Object> receipt) {

    public enum Kind {
        DELIVERED,
        RETRY,
        REFUSED
    }

    public static DeliveryResult delivered(Map<String, Object> receipt) {
        return new DeliveryResult(Kind.DELIVERED, Optional.empty(), Optional.empty(),
                receipt == null ? Map.of() : Map.copyOf(receipt));
    }

    public static DeliveryResult retry(String reason, Optional<Duration> retryAfter) {
        return new DeliveryResult(Kind.RETRY, Optional.of(reason), retryAfter, Map.of());
    }

    public static DeliveryResult refused(String reason) {
        return new DeliveryResult(Kind.REFUSED, Optional.of(reason), Optional.empty(), Map.of());
    }
}
