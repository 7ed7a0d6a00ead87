package dev.platina.notification.api;

import java.time.Duration;
import java.util.Optional;

/**
 * How one attempt to send went: sent; to be tried again (not before {@code retryAfter} if the service asked);
 * refused for good; or the person cannot be reached on this channel (no subscription any more, no address).
 */
public record SendResult(Kind kind, Optional<String> reason, Optional<Duration> retryAfter) {

    public enum Kind {
        SENT,
        RETRY,
        REFUSED,
        UNREACHABLE
    }

    public static SendResult sent() {
        return new SendResult(Kind.SENT, Optional.empty(), Optional.empty());
    }

    public static SendResult retry(String reason, Optional<Duration> retryAfter) {
        return new SendResult(Kind.RETRY, Optional.of(reason), retryAfter);
    }

    public static SendResult refused(String reason) {
        return new SendResult(Kind.REFUSED, Optional.of(reason), Optional.empty());
    }

    public static SendResult unreachable(String reason) {
        return new SendResult(Kind.UNREACHABLE, Optional.of(reason), Optional.empty());
    }
}
