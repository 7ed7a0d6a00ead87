package dev.platina.ai.providers.internal;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long a provider asks us to wait: {@code retry-after-ms} (OpenAI, milliseconds) when present, else
 * {@code retry-after} in seconds or as an HTTP date (RFC 9110).
 */
final class RetryAfter {

    private RetryAfter() {
    }

    static Optional<Duration> from(HttpHeaders headers, Clock clock) {
        Optional<Duration> millis = headers.firstValue("retry-after-ms").flatMap(RetryAfter::millis);
        if (millis.isPresent()) {
            return millis;
        }
        return headers.firstValue("retry-after").flatMap(value -> secondsOrDate(value.strip(), clock));
    }

    private static Optional<Duration> millis(String value) {
        try {
            double ms = Double.parseDouble(value.strip());
            return ms >= 0 && Double.isFinite(ms) ? Optional.of(Duration.ofMillis((long) Math.ceil(ms)))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> secondsOrDate(String value, Clock clock) {
        try {
            double seconds = Double.parseDouble(value);
            return seconds >= 0 && Double.isFinite(seconds)
                    ? Optional.of(Duration.ofMillis((long) Math.ceil(seconds * 1000)))
                    : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
