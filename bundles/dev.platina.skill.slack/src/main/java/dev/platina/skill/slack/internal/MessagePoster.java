package dev.platina.skill.slack.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.QueuedWrite;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Posts one queued message. Slack takes no idempotency key, so each message carries the outbox key in its metadata
 * ({@code platina_key}), and a repeated delivery first looks for a message with that key among the channel's (or
 * thread's) recent messages: an earlier attempt whose answer was lost is found instead of posted twice. Where the app
 * may not read the channel's history, the look-up is skipped and a repeat after a lost answer can post twice.
 */
final class MessagePoster {

    static final String METADATA_TYPE = "platina_message";
    static final String KEY_FIELD = "platina_key";

    private final SlackApi slack;
    private final Optional<String> defaultChannel;

    MessagePoster(SlackApi slack, Optional<String> defaultChannel) {
        this.slack = slack;
        this.defaultChannel = defaultChannel.filter(channel -> !channel.isBlank());
    }

    CallResult post(QueuedWrite write, String key, int attempt) throws IOException, InterruptedException {
        Optional<String> channel = Optional.of(write.text("channel")).filter(c -> !c.isBlank()).or(() ->
                defaultChannel);
        if (channel.isEmpty()) {
            return CallResult.refused("The message names no channel and the Slack connection has no default"
                    + " channel.");
        }
        String threadTs = write.text("threadTs");
        if (attempt > 1) {
            Optional<CallResult> settled = earlierPost(channel.get(), threadTs, key);
            if (settled.isPresent()) {
                return settled.get();
            }
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("channel", channel.get());
        body.put("text", write.text("text"));
        if (write.parameters().get("blocks") != null) {
            body.put("blocks", write.parameters().get("blocks"));
        }
        if (!threadTs.isBlank()) {
            body.put("thread_ts", threadTs);
            if (Boolean.TRUE.equals(write.parameters().get("broadcast"))) {
                body.put("reply_broadcast", true);
            }
        }
        body.put("metadata", Map.of("event_type", METADATA_TYPE, "event_payload", Map.of(KEY_FIELD, key)));
        SlackAnswer answer = slack.call("chat.postMessage", body);
        if (!answer.ok()) {
            return answer.failure();
        }
        return CallResult.done(receipt(answer.json().path("channel").asText(channel.get()),
                answer.json().path("ts").asText(""), false));
    }

    /**
     * Done with the message already posted under {@code key}; or a wait when Slack is busy or down (posting blind
     * then could make a second message); empty when nothing was found or the app may not look.
     */
    private Optional<CallResult> earlierPost(String channel, String threadTs, String key)
            throws IOException, InterruptedException {
        SlackAnswer recent = threadTs.isBlank()
                ? slack.read("conversations.history", Map.of("channel", channel, "limit", "100",
                        "include_all_metadata", "true"))
                : slack.read("conversations.replies", Map.of("channel", channel, "ts", threadTs, "limit", "200",
                        "include_all_metadata", "true"));
        if (!recent.ok()) {
            CallResult failure = recent.failure();
            boolean passing = failure.kind() == CallResult.Kind.THROTTLED
                    || failure.kind() == CallResult.Kind.UNAVAILABLE;
            return passing ? Optional.of(failure) : Optional.empty();
        }
        for (JsonNode message : recent.json().path("messages")) {
            if (key.equals(message.path("metadata").path("event_payload").path(KEY_FIELD).asText(null))) {
                return Optional.of(CallResult.done(receipt(channel, message.path("ts").asText(""), true)));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> receipt(String channel, String ts, boolean foundEarlier) {
        var receipt = new LinkedHashMap<String, Object>();
        receipt.put("channel", channel);
        receipt.put("ts", ts);
        if (foundEarlier) {
            receipt.put("postedEarlier", true);
        }
        return receipt;
    }
}
