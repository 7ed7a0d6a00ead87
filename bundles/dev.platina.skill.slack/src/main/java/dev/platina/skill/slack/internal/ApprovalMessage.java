package dev.platina.skill.slack.internal;

import dev.platina.notification.api.Notification;
import dev.platina.notification.api.NotificationAction;
import dev.platina.notification.api.Recipient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A notification as a Slack message in Block Kit: the title and body, and for an approval notice the Approve and
 * Reject buttons. Each button's {@code value} is the approval task id, a dot, and the sealed decision it stands for.
 */
final class ApprovalMessage {

    static final String APPROVE = "platina_approve";
    static final String REJECT = "platina_reject";
    static final String ACTION_PATH = "/api/v1/approval-actions/";
    /** Slack shows at most this many characters in a section's text. */
    static final int LONGEST_SECTION = 3000;

    private ApprovalMessage() {
    }

    /**
     * @param signingSecret seals the buttons; without it the message has none and says where to decide
     * @param direct whether it goes to the person's own direct messages (else to a shared channel: it names them)
     */
    static Map<String, Object> of(Recipient recipient, Notification notification, Optional<String> signingSecret,
            boolean direct) {
        var blocks = new ArrayList<Map<String, Object>>();
        blocks.add(section("*" + escape(notification.title()) + "*" + (notification.body().isBlank() ? ""
                : "\n" + escape(notification.body()))));
        if (!direct) {
            blocks.add(context("For " + escape(recipient.displayName()) + ": only they can use these buttons."));
        }
        List<Map<String, Object>> buttons = signingSecret.map(secret -> buttons(recipient, notification, secret))
                .orElse(List.of());
        if (!buttons.isEmpty()) {
            blocks.add(Map.of("type", "actions", "block_id", "platina_approval", "elements", buttons));
        } else if (!notification.actions().isEmpty()) {
            blocks.add(context("Open Approvals in Platina to decide."));
        }
        var message = new LinkedHashMap<String, Object>();
        message.put("text", notification.title());
        message.put("blocks", blocks);
        return message;
    }

    private static List<Map<String, Object>> buttons(Recipient recipient, Notification notification,
            String secret) {
        var buttons = new ArrayList<Map<String, Object>>();
        for (NotificationAction action : notification.actions()) {
            boolean approve = action.id().equals("approve");
            if (!(approve || action.id().equals("reject")) || !action.url().startsWith(ACTION_PATH)) {
                continue;
            }
            String task = action.url().substring(ACTION_PATH.length());
            String sealed = ButtonSeal.seal(secret, Map.of("task", task, "url", action.url(), "token",
                    action.token(), "email", recipient.email().orElse(""), "name", recipient.displayName(),
                    "verdict", approve ? "APPROVE" : "REJECT"));
            var button = new LinkedHashMap<String, Object>();
            button.put("type", "button");
            button.put("action_id", approve ? APPROVE : REJECT);
            button.put("text", Map.of("type", "plain_text", "text", action.label()));
            button.put("style", approve ? "primary" : "danger");
            button.put("value", task + "." + sealed);
            buttons.add(button);
        }
        return buttons;
    }

    static Map<String, Object> section(String mrkdwn) {
        String text = mrkdwn.length() <= LONGEST_SECTION ? mrkdwn : mrkdwn.substring(0, LONGEST_SECTION - 1) + "…";
        return Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", text));
    }

    static Map<String, Object> context(String mrkdwn) {
        return Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text", mrkdwn)));
    }

    /** Slack's mrkdwn reads {@code &}, {@code <} and {@code >} as markup; people's words must not become links. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
