package dev.platina.skill.slack.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.Connection;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when someone presses Approve or Reject on a Slack message. Slack wants its answer within three
 * seconds, so the hook only acknowledges and the decision is taken on a thread of this component; the outcome
 * goes to the payload's {@code response_url}. The person who clicked must be the person the buttons were sent to:
 * Slack's {@code users.info} gives the clicker's e-mail address, which must be that person's. The decision is then
 * taken as that person by the platform (see {@link PlatformApprovals}), so the task's policy and tiers apply as in
 * the app, and the message is replaced by who decided. Anyone else is told in plain words, only they see.
 */
@Component(service = ApprovalClicks.class)
public final class ApprovalClicks {

    private static final Logger LOG = LoggerFactory.getLogger(ApprovalClicks.class);

    private final Executor executor;
    private final PlatformApprovals platform;

    public ApprovalClicks() {
        this(Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "slack-approval-clicks");
            thread.setDaemon(true);
            return thread;
        }), PlatformApprovals.onThisNode());
    }

    ApprovalClicks(Executor executor, PlatformApprovals platform) {
        this.executor = executor;
        this.platform = platform;
    }

    @Deactivate
    void stop() {
        if (executor instanceof ExecutorService service) {
            service.shutdown();
        }
    }

    /** A verified interactivity payload; anything but a click on our buttons is ignored. */
    void clicked(Connection connection, JsonNode payload) {
        if (!payload.path("type").asText("").equals("block_actions")) {
            return;
        }
        for (JsonNode action : payload.path("actions")) {
            String id = action.path("action_id").asText("");
            if (id.equals(ApprovalMessage.APPROVE) || id.equals(ApprovalMessage.REJECT)) {
                try {
                    executor.execute(() -> decide(connection, payload, action));
                } catch (RejectedExecutionException e) {
                    LOG.warn("A Slack approval click arrived while the Slack skill was stopping; it was not handled");
                }
                return;
            }
        }
    }

    private void decide(Connection connection, JsonNode payload, JsonNode action) {
        var reply = new SlackReplies(connection, payload);
        String clicker = payload.path("user").path("id").asText("");
        String value = action.path("value").asText("");
        try {
            Optional<Map<String, String>> button = open(connection, value);
            if (button.isEmpty()) {
                // The task id before the dot is the clicker's to change: kept short, as given.
                audit(connection, "the button's value did not open with this connection's signing secret", clicker,
                        value.substring(0, Math.min(Math.max(0, value.indexOf('.')), 64)));
                reply.onlyToClicker("This button is no longer valid. Open Approvals in Platina to decide.");
                return;
            }
            String name = button.get().getOrDefault("name", "the approver");
            String task = button.get().get("task");
            SlackAnswer who = SlackApi.of(connection).read("users.info", Map.of("user", clicker));
            String email = who.json().path("user").path("profile").path("email").asText("");
            String expected = button.get().getOrDefault("email", "");
            if (!who.ok() || email.isBlank()) {
                LOG.warn("Slack did not say who pressed an approval button: {}", who.ok() ? "no e-mail address"
                        : who.error());
                audit(connection, "Slack did not say who pressed the button (" + (who.ok() ? "no e-mail address"
                        : who.error()) + ")", clicker, task);
                reply.onlyToClicker("Platina could not check who you are in Slack just now, so nothing was decided."
                        + (who.ok() || who.error().equals("missing_scope") ? " The Slack app needs the"
                                + " users:read.email scope; ask your administrator." : " Try again in a minute."));
                return;
            }
            if (!email.equalsIgnoreCase(expected)) {
                LOG.info("A Slack user who is not {}'s account pressed their approval button; nothing was decided",
                        name);
                audit(connection, "pressed by a Slack user whose e-mail address is not the approver's", clicker,
                        task);
                reply.onlyToClicker("Only " + name + " can decide with these buttons: Platina sent them to "
                        + name + ". If you may decide this approval too, use the message Platina sent you, or open"
                        + " Approvals in Platina.");
                return;
            }
            PlatformApprovals.Outcome outcome = platform.act(button.get().get("url"), button.get().get("token"),
                    "Decided in Slack by @" + payload.path("user").path("username").asText(clicker));
            answer(reply, outcome, name, button.get().get("verdict"));
        } catch (IOException | RuntimeException e) {
            LOG.warn("A Slack approval click could not be handled: {}", e.toString());
            reply.onlyToClicker("Platina could not record your decision just now. Try again in a minute, or open"
                    + " Approvals in Platina.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Someone pressed a button and nothing was decided: the organisation's administrators should be able to see. */
    private static void audit(Connection connection, String reason, String clicker, String task) {
        try {
            connection.auditRefusal("approval.click", reason, Map.of("slackUser", clicker, "task", task));
        } catch (RuntimeException e) {
            LOG.warn("A refused Slack approval click could not be audited: {}", e.toString());
        }
    }

    private static void answer(SlackReplies reply, PlatformApprovals.Outcome outcome, String name, String verdict) {
        if (outcome.decided()) {
            String done = switch (outcome.state()) {
                case "APPROVED" -> ":white_check_mark: Approved by " + name + " in Slack.";
                case "REJECTED" -> ":x: Rejected by " + name + " in Slack.";
                default -> ":white_check_mark: " + name + " approved in Slack. " + outcome.message() + ".";
            };
            reply.replaceMessage(done);
            return;
        }
        switch (outcome.status()) {
            case 401 -> reply.onlyToClicker("This button has expired or is no longer valid. Open Approvals in"
                    + " Platina to decide.");
            case 403 -> reply.onlyToClicker("You may not " + ("REJECT".equals(verdict) ? "reject" : "approve")
                    + " this task" + (outcome.message().isBlank() ? "." : ": " + outcome.message()));
            case 409 -> reply.replaceMessage(outcome.message().isBlank() ? "This task was already decided."
                    : outcome.message());
            default -> reply.onlyToClicker("Platina could not record your decision just now. Try again in a"
                    + " minute, or open Approvals in Platina.");
        }
    }

    /** The button's sealed decision, when it opens with this connection's secret and names the same task. */
    private static Optional<Map<String, String>> open(Connection connection, String value) {
        int dot = value.indexOf('.');
        Optional<String> secret = connection.secret(SlackConnector.SIGNING_SECRET);
        if (dot < 1 || secret.isEmpty()) {
            return Optional.empty();
        }
        String task = value.substring(0, dot);
        return ButtonSeal.open(secret.get(), value.substring(dot + 1))
                .filter(claims -> task.equals(claims.get("task")) && claims.get("url") != null
                        && claims.get("token") != null);
    }
}
