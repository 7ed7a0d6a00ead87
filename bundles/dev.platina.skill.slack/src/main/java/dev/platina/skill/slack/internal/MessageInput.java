package dev.platina.skill.slack.internal;

import dev.platina.integration.api.StepInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the message steps' input into the parameters the channel sends, naming every wrong field at once. */
final class MessageInput {

    /** Slack cuts text longer than this; longer input is refused rather than cut without saying. */
    static final int LONGEST_TEXT = 40_000;
    static final int MOST_BLOCKS = 50;
    static final Pattern CHANNEL = Pattern.compile("[A-Za-z0-9#_.-]{1,80}");
    static final Pattern TS = Pattern.compile("[0-9]{1,12}\\.[0-9]{1,9}");

    private MessageInput() {
    }

    static Map<String, Object> read(Map<String, Object> input, boolean reply) {
        var in = new StepInput(input, LONGEST_TEXT);
        var parameters = new LinkedHashMap<String, Object>();
        in.matching("channel", reply, CHANNEL, "is not a Slack channel id such as C0123456789")
                .ifPresent(channel -> parameters.put("channel", channel));
        in.text("text", true).ifPresent(text -> parameters.put("text", text));
        in.raw("blocks").ifPresent(blocks -> {
            if (!(blocks instanceof List<?> list) || list.isEmpty() || list.size() > MOST_BLOCKS
                    || !list.stream().allMatch(block -> block instanceof Map<?, ?> map && map.get("type") != null)) {
                in.problem("blocks", "must be a list of 1 to " + MOST_BLOCKS + " Block Kit blocks, each with a type");
            } else {
                parameters.put("blocks", list);
            }
        });
        if (reply) {
            in.matching("threadTs", true, TS, "is not a Slack message ts such as 1700000000.000100")
                    .ifPresent(ts -> parameters.put("threadTs", ts));
            if (in.bool("broadcast", false)) {
                parameters.put("broadcast", true);
            }
        }
        in.check();
        return parameters;
    }

    static Map<String, Object> schema(boolean reply) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("channel", Map.of("type", "string", "description", reply ? "The channel id of the thread"
                : "The channel id (C...); the connection's default channel when left out"));
        properties.put("text", Map.of("type", "string", "maxLength", LONGEST_TEXT, "description",
                "The message (Slack mrkdwn); also the notification text when blocks are given"));
        properties.put("blocks", Map.of("type", "array", "maxItems", MOST_BLOCKS, "items", Map.of("type", "object"),
                "description", "Block Kit layout blocks"));
        if (reply) {
            properties.put("threadTs", Map.of("type", "string", "description",
                    "The ts of the message to reply to (trigger.event.data.ts of a received message)"));
            properties.put("broadcast", Map.of("type", "boolean", "description", "Also show the reply in the channel"));
        }
        return Map.of("type", "object", "required", reply ? List.of("channel", "threadTs", "text") : List.of("text"),
                "properties", properties);
    }
}
