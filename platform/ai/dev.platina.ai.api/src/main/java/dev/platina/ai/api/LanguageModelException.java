package dev.platina.ai.api;

import java.time.Duration;
import java.util.Optional;

/** A model call that did not give an answer, and why. */
public class LanguageModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The provider asks to slow down (429); {@link #retryAfter()} says for how long when it said so. */
        RATE_LIMITED,
        /** The provider is down, overloaded (5xx, 529) or cannot be reached. */
        UNAVAILABLE,
        /** No answer within the time limit. */
        TIMEOUT,
        /** The key is wrong or lacks access (401, 403). */
        UNAUTHORIZED,
        /** The request was refused as it is (400, 404, 413, 422): retrying the same would not help. */
        REFUSED,
        /** The answer could not be read. */
        BAD_RESPONSE,
        /** Calls are held back after repeated failures; {@link #retryAfter()} says when the next is tried. */
        CIRCUIT_OPEN
    }

    private final Kind kind;
    private final transient Optional<Duration> retryAfter;

    public LanguageModelException(Kind kind, String message, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
    }

    public LanguageModelException(Kind kind, String message) {
        this(kind, message, Optional.empty(), null);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** Whether the same request may succeed later. */
    public boolean retryable() {
        return kind == Kind.RATE_LIMITED || kind == Kind.UNAVAILABLE || kind == Kind.TIMEOUT
                || kind == Kind.CIRCUIT_OPEN;
    }
}
