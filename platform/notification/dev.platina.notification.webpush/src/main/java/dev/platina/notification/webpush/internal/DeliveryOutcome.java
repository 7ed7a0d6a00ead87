package dev.platina.notification.webpush.internal;

import java.time.Duration;
import java.util.Optional;

/** How the push service answered one message for one subscription. */
record DeliveryOutcome(Kind kind, String reason, Optional<Duration> retryAfter) {

    enum Kind {
        /** Accepted (201 or 202): the push service will deliver it. */
        ACCEPTED,
        /** The subscription expired or was withdrawn (404, 410): it will never work again. */
        GONE,
        /** Too many requests or the service failed (429, 5xx, no answer): try again later. */
        RETRY,
        /** Refused for good (another 4xx, e.g. a payload too large or a VAPID key the service rejects). */
        REFUSED
    }

    static DeliveryOutcome accepted() {
        return new DeliveryOutcome(Kind.ACCEPTED, "", Optional.empty());
    }

    static DeliveryOutcome of(Kind kind, String reason) {
        return new DeliveryOutcome(kind, reason, Optional.empty());
    }

    static DeliveryOutcome retry(String reason, Optional<Duration> after) {
        return new DeliveryOutcome(Kind.RETRY, reason, after);
    }
}
