package dev.platina.skill.slack.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.InboundEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Events API callbacks as platform events: people's messages and mentions of the app become
 * {@code chat.message.received}. Messages from bots (this app's own posts among them) and changes to messages
 * (edits, deletions, joins: Slack's {@code subtype}s) are left out, so a workflow that answers in a channel does not
 * start itself again.
 */
final class SlackEvents {

    static final String MESSAGE_RECEIVED = "chat.message.received";
    /** Subtypes that are still a person writing something new. */
    private static final Set<String> PEOPLE_WRITING = Set.of("thread_broadcast", "file_share", "me_message");

    private SlackEvents() {
    }

    static Optional<InboundEvent> normalise(JsonNode callback) {
        JsonNode event = callback.path("event");
        String kind = event.path("type").asText("");
        if (!kind.equals("message") && !kind.equals("app_mention")) {
            return Optional.empty();
        }
        String subtype = event.path("subtype").asText("");
        if (event.hasNonNull("bot_id") || (!subtype.isEmpty() && !PEOPLE_WRITING.contains(subtype))
                || !event.path("user").isTextual()) {
            return Optional.empty();
        }
        String eventId = callback.path("event_id").asText("");
        if (eventId.isEmpty()) {
            throw new IllegalArgumentException("is an event callback without an event_id");
        }
        var data = new LinkedHashMap<String, Object>();
        data.put("source", SlackConnector.ID);
        data.put("kind", kind);
        data.put("team", event.path("team").asText(callback.path("team_id").asText("")));
        data.put("channel", event.path("channel").asText(""));
        if (event.path("channel_type").isTextual()) {
            data.put("channelType", event.path("channel_type").asText());
        }
        data.put("user", event.path("user").asText());
        data.put("text", event.path("text").asText(""));
        data.put("ts", event.path("ts").asText(""));
        if (event.path("thread_ts").isTextual()) {
            data.put("threadTs", event.path("thread_ts").asText());
        }
        data.put("eventId", eventId);
        return Optional.of(new InboundEvent(eventId, MESSAGE_RECEIVED, occurredAt(callback, event), data));
    }

    /** Slack's {@code event_time}, else the message's own {@code ts} (seconds with a fraction). */
    private static Instant occurredAt(JsonNode callback, JsonNode event) {
        if (callback.path("event_time").canConvertToLong()) {
            return Instant.ofEpochSecond(callback.path("event_time").asLong());
        }
        String ts = event.path("ts").asText("");
        if (ts.matches("[0-9]{1,12}(\\.[0-9]+)?")) {
            return Instant.ofEpochSecond(Long.parseLong(ts.split("\\.")[0]));
        }
        return Instant.now();
    }
}
