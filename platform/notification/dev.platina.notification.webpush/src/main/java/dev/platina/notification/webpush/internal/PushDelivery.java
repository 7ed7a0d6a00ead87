package dev.platina.notification.webpush.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** POSTs one encrypted message to one push endpoint (RFC 8030 section 5) and reads the push service's answer. */
final class PushDelivery {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final Clock clock;

    PushDelivery(Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.clock = clock;
    }

    /** The headers besides the body that RFC 8030 and RFC 8292 define for one message. */
    record Message(byte[] body, String authorization, Duration timeToLive, boolean urgent, String topic) {
    }

    DeliveryOutcome deliver(URI endpoint, Message message) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Encoding", "aes128gcm")
                .header("Content-Type", "application/octet-stream")
                .header("TTL", Long.toString(message.timeToLive().toSeconds()))
                .header("Urgency", message.urgent() ? "high" : "normal")
                .header("Topic", message.topic())
                .header("Authorization", message.authorization())
                .POST(HttpRequest.BodyPublishers.ofByteArray(message.body())).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return DeliveryOutcome.retry("The push service did not answer: " + e, Optional.empty());
        }
        return outcome(response.statusCode(), response.headers().firstValue("Retry-After"), response.body());
    }

    DeliveryOutcome outcome(int status, Optional<String> retryAfter, String body) {
        if (status == 201 || status == 202) {
            return DeliveryOutcome.accepted();
        }
        String reason = "The push service answered " + status + (body == null || body.isBlank() ? ""
                : ": " + body.strip());
        if (status == 404 || status == 410) {
            return DeliveryOutcome.of(DeliveryOutcome.Kind.GONE, reason);
        }
        if (status == 429 || status >= 500) {
            return DeliveryOutcome.retry(reason, retryAfter.flatMap(this::delay));
        }
        return DeliveryOutcome.of(DeliveryOutcome.Kind.REFUSED, reason);
    }

    /** {@code Retry-After} is either seconds or an HTTP date (RFC 9110 section 10.2.3). */
    Optional<Duration> delay(String value) {
        String text = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(clock.instant(),
                        ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
