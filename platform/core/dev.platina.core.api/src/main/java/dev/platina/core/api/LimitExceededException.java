package dev.platina.core.api;

import java.time.Duration;
import java.util.Optional;

/**
 * A quota or rate limit was reached. {@code limit} names it (e.g. {@code maxUsers}), {@code value} is the allowed
 * amount, and {@code retryAfter} is set for rate limits that free up with time.
 */
public class LimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String limit;
    private final long value;
    private final transient Duration retryAfter;

    public LimitExceededException(String limit, long value, Duration retryAfter, String message) {
        super(message);
        this.limit = limit;
        this.value = value;
        this.retryAfter = retryAfter;
    }

    public String limit() {
        return limit;
    }

    public long value() {
        return value;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
