package dev.platina.integration.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a verified webhook delivery said: the events to publish (none for kinds of delivery the connector ignores),
 * and optionally the answer the vendor expects (Slack's handshake challenge, Twilio's TwiML); without one the
 * platform answers with a small JSON receipt.
 */
public record WebhookReading(List<InboundEvent> events, Optional<Reply> reply) {

    public WebhookReading {
        events = events == null ? List.of() : List.copyOf(events);
        reply = reply == null ? Optional.empty() : reply;
    }

    public static WebhookReading of(List<InboundEvent> events) {
        return new WebhookReading(events, Optional.empty());
    }

    /** The events, answered with the body the vendor expects. */
    public static WebhookReading answering(List<InboundEvent> events, Reply reply) {
        return new WebhookReading(events, Optional.of(reply));
    }

    /** A body for the vendor in the media type it expects, e.g. {@code application/json} or {@code text/xml}. */
    public record Reply(String mediaType, String body) {

        public Reply {
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(body, "body");
        }

        public static Reply json(String json) {
            return new Reply("application/json", json);
        }

        public static Reply xml(String xml) {
            return new Reply("text/xml", xml);
        }
    }
}
