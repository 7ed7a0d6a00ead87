package dev.platina.integration.api;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one call to a vendor went, as a connector's outbox channel tells {@link ConnectorDeliveries}:
 * <ul>
 * <li>{@code DONE}: the vendor did it (or had done it before under the same idempotency key);</li>
 * <li>{@code REFUSED}: the vendor refused this request for good (invalid parameters); the message fails, the
 * connection is fine;</li>
 * <li>{@code THROTTLED}: too many requests (429); tried again after {@code retryAfter};</li>
 * <li>{@code UNAVAILABLE}: the vendor is down or answered 5xx (503 may ask for {@code retryAfter}); counts towards
 * the circuit breaker and marks the connection as failing;</li>
 * <li>{@code CREDENTIALS_REFUSED}: the vendor refused the credentials (401/403); the connection is marked as failing
 * and the message waits until an administrator fixes them.</li>
 * </ul>
 * {@code message} is in plain words and says what the vendor said, never a secret.
 */
public record CallResult(Kind kind, String message, Optional<Duration> retryAfter, Map<String, Object> receipt) {

    public enum Kind {
        DONE,
        REFUSED,
        THROTTLED,
        UNAVAILABLE,
        CREDENTIALS_REFUSED
    }

    public CallResult {
        Objects.requireNonNull(kind, "kind");
        message = message == null ? "" : message;
        retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
        receipt = receipt == null ? Map.of() : Map.copyOf(receipt);
    }

    public static CallResult done(Map<String, Object> receipt) {
        return new CallResult(Kind.DONE, "", Optional.empty(), receipt);
    }

    public static CallResult refused(String message) {
        return new CallResult(Kind.REFUSED, message, Optional.empty(), Map.of());
    }

    public static CallResult throttled(String message, Optional<Duration> retryAfter) {
        return new CallResult(Kind.THROTTLED, message, retryAfter, Map.of());
    }

    public static CallResult unavailable(String message, Optional<Duration> retryAfter) {
        return new CallResult(Kind.UNAVAILABLE, message, retryAfter, Map.of());
    }

    public static CallResult credentialsRefused(String message) {
        return new CallResult(Kind.CREDENTIALS_REFUSED, message, Optional.empty(), Map.of());
    }

    /**
     * The usual reading of an HTTP status that is not a success: 401/403 credentials, 408/429 throttled, 409 and
     * 5xx unavailable (tried again), any other 4xx refused.
     */
    public static CallResult ofFailedStatus(int status, String message, Optional<Duration> retryAfter) {
        if (status == 401 || status == 403) {
            return credentialsRefused(message);
        }
        if (status == 429 || status == 408) {
            return throttled(message, retryAfter);
        }
        if (status == 409 || status >= 500) {
            return unavailable(message, retryAfter);
        }
        return refused(message);
    }
}
