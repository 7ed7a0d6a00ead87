package dev.platina.integration.api;

import java.util.List;
import java.util.Optional;

/**
 * What a verified webhook delivery said: the events to publish (none for kinds of delivery the connector ignores),
 * and optionally a JSON answer the vendor expects (a handshake challenge); otherwise the answer is empty.
 */
public record WebhookReading(List<InboundEvent> events, Optional<String> replyJson) {

    public WebhookReading {
        events = events == null ? List.of() : List.copyOf(events);
        replyJson = replyJson == null ? Optional.empty() : replyJson;
    }

    public static WebhookReading of(List<InboundEvent> events) {
        return new WebhookReading(events, Optional.empty());
    }
}
