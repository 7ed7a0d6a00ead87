package dev.platina.ai.providers.internal;

import dev.platina.ai.api.LanguageModelException;
import dev.platina.ai.api.LanguageModelException.Kind;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries a call again after a rate limit, an outage or a timeout, up to {@code maxRetries} more times. It waits what
 * the provider asked for ({@code Retry-After}) or else backs off exponentially with jitter. A provider that asks for
 * more than {@link #MAX_RETRY_AFTER} is not waited for: the failure goes back at once with its retryAfter, so the
 * caller can park the work instead of holding a thread. Refusals, bad keys and unreadable answers are never retried.
 */
final class Retrier {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    private final int maxRetries;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;

    Retrier(int maxRetries, Sleeper sleeper, DoubleSupplier jitter) {
        this.maxRetries = Math.max(0, maxRetries);
        this.sleeper = sleeper;
        this.jitter = jitter;
    }

    <T> T run(Supplier<T> attempt) {
        for (int failed = 0;; failed++) {
            try {
                return attempt.get();
            } catch (LanguageModelException e) {
                if (!worthRetrying(e) || e.retryAfter().filter(wait -> wait.compareTo(MAX_RETRY_AFTER) > 0)
                        .isPresent()) {
                    throw failed == 0 ? e : afterAttempts(e, failed + 1);
                }
                if (failed == maxRetries) {
                    throw afterAttempts(e, failed + 1);
                }
                Duration wait = e.retryAfter().isPresent() ? e.retryAfter().get() : backoffAfter(failed + 1);
                LOG.warn("{} Retry {} of {} in {}.", e.getMessage(), failed + 1, maxRetries,
                        FailureMessages.seconds(wait));
                pause(wait, e);
            }
        }
    }

    /** Exponential from {@link #FIRST_BACKOFF}, capped at {@link #MAX_BACKOFF}, with "equal jitter" (half fixed). */
    Duration backoffAfter(int failedAttempts) {
        double exponential = FIRST_BACKOFF.toMillis() * Math.pow(2, failedAttempts - 1);
        long capped = (long) Math.min(exponential, MAX_BACKOFF.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (jitter.getAsDouble() * (half + 1)));
    }

    private static boolean worthRetrying(LanguageModelException e) {
        return e.kind() == Kind.RATE_LIMITED || e.kind() == Kind.UNAVAILABLE || e.kind() == Kind.TIMEOUT;
    }

    private void pause(Duration wait, LanguageModelException failure) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private static LanguageModelException afterAttempts(LanguageModelException last, int attempts) {
        return new LanguageModelException(last.kind(), last.getMessage() + " (" + attempts + " attempts)",
                last.retryAfter(), last);
    }
}
