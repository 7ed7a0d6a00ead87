package dev.platina.notification.ui.internal;

import java.util.Optional;

/**
 * What the page's push script found out, sent back as lines (the UI host exports no JSON library to views):
 * the state, then for a subscription its endpoint and keys, for a failure the browser's message.
 */
record DeviceAnswer(State state, Optional<Subscription> subscription, Optional<String> problem) {

    enum State {
        UNSUPPORTED,
        BLOCKED,
        DISMISSED,
        OFF,
        SUBSCRIBED,
        FAILED
    }

    /** The parts of the browser's {@code PushSubscription.toJSON()} the server keeps. */
    record Subscription(String endpoint, String p256dh, String auth) {
    }

    static DeviceAnswer parse(String answer) {
        if (answer == null || answer.isBlank()) {
            return failed("the browser gave no answer");
        }
        String[] lines = answer.split("\n", -1);
        switch (lines[0]) {
            case "unsupported":
                return new DeviceAnswer(State.UNSUPPORTED, Optional.empty(), Optional.empty());
            case "blocked":
                return new DeviceAnswer(State.BLOCKED, Optional.empty(), Optional.empty());
            case "dismissed":
                return new DeviceAnswer(State.DISMISSED, Optional.empty(), Optional.empty());
            case "off":
                return new DeviceAnswer(State.OFF, Optional.empty(), Optional.empty());
            case "subscribed":
                if (lines.length != 4 || lines[1].isBlank()) {
                    return failed("the browser's subscription is incomplete");
                }
                return new DeviceAnswer(State.SUBSCRIBED, Optional.of(new Subscription(lines[1], lines[2],
                        lines[3])), Optional.empty());
            case "failed":
                return failed(lines.length > 1 && !lines[1].isBlank() ? String.join(" ", java.util.Arrays.copyOfRange(
                        lines, 1, lines.length)).strip() : "the browser did not say why");
            default:
                return failed("the browser's answer was not understood");
        }
    }

    private static DeviceAnswer failed(String why) {
        return new DeviceAnswer(State.FAILED, Optional.empty(), Optional.of(why));
    }
}
