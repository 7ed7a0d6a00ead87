package dev.platina.workflow.engine.internal.steps;

import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Delivers {@code http} outbox messages. 2xx is delivered; 429 and 5xx (honouring {@code Retry-After}) and network
 * failures are tried again; other answers are refused for good, since sending the same request again cannot help.
 * The address is checked again at delivery: what was public when the step ran must still be.
 */
@Component(service = OutboxChannel.class, configurationPid = HttpRequestConfiguration.PID)
public final class HttpChannel implements OutboxChannel {

    static final String NAME = "http";
    /** The longest {@code Retry-After} honoured; a peer asking for more is asked again after this. */
    static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(1);

    private final HttpCall http;

    @Activate
    public HttpChannel(HttpRequestConfiguration config) {
        this(config.allowPrivateAddresses(), config.maxResponseKilobytes());
    }

    public HttpChannel(boolean allowPrivateAddresses, int maxResponseKilobytes) {
        this.http = new HttpCall(allowPrivateAddresses, maxResponseKilobytes);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DeliveryResult deliver(OutboxDelivery delivery) throws InterruptedException {
        HttpCall.Prepared prepared = http.prepare(delivery.payload(), "POST", delivery.idempotencyKey());
        if (prepared.problem().isPresent()) {
            return DeliveryResult.refused(prepared.problem().get());
        }
        HttpCall.Answer answer;
        try {
            answer = http.send(prepared.request().orElseThrow());
        } catch (HttpCall.TooLarge e) {
            // The peer took the request; only its answer is more than is kept.
            return DeliveryResult.delivered(Map.of("status", "answer too large to keep"));
        } catch (IOException e) {
            return DeliveryResult.retry(prepared.host() + " could not be reached: " + e, Optional.empty());
        }
        int status = answer.status();
        if (status >= 200 && status < 300) {
            return DeliveryResult.delivered(Map.of("status", status));
        }
        if (status == 429 || status >= 500) {
            return DeliveryResult.retry(prepared.host() + " answered HTTP " + status + "; trying again later.",
                    retryAfter(answer.headers().get("retry-after")));
        }
        return DeliveryResult.refused(prepared.host() + " answered HTTP " + status + ": " + answer.preview());
    }

    /** {@code Retry-After} as seconds or as an HTTP date (RFC 9110), at most an hour. */
    static Optional<Duration> retryAfter(Object header) {
        if (header == null) {
            return Optional.empty();
        }
        String text = String.valueOf(header).trim();
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(text));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(Instant.now(), ZonedDateTime.parse(text,
                        DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait);
    }
}
