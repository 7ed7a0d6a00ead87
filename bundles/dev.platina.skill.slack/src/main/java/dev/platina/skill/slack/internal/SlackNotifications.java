package dev.platina.skill.slack.internal;

import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectionService;
import dev.platina.notification.api.Notification;
import dev.platina.notification.api.NotificationChannel;
import dev.platina.notification.api.Recipient;
import dev.platina.notification.api.SendResult;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code slack} notification channel: a person of an organisation that connected Slack is told in a direct
 * message from the app, found by their e-mail address ({@code users.lookupByEmail}); someone Slack does not know by
 * that address is told in the connection's default channel, by name. Approval notices carry Approve and Reject
 * buttons (see {@link ApprovalClicks}). The platform sends approval notices only to people who may decide the task,
 * so the buttons reach the right people.
 */
@Component(service = NotificationChannel.class)
public final class SlackNotifications implements NotificationChannel {

    static final String NAME = "slack";

    private final ConnectionService connections;

    @Activate
    public SlackNotifications(@Reference ConnectionService connections) {
        this.connections = connections;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Slack messages from your organisation's Slack app, with Approve and Reject buttons";
    }

    @Override
    public boolean reaches(Recipient recipient) {
        return recipient.email().isPresent()
                && connections.connection(recipient.organization(), SlackConnector.ID).isPresent();
    }

    @Override
    public SendResult send(Recipient recipient, Notification notification, String idempotencyKey)
            throws InterruptedException {
        Optional<Connection> found = connections.connection(recipient.organization(), SlackConnector.ID);
        if (found.isEmpty() || recipient.email().isEmpty()) {
            return SendResult.unreachable("Slack is not connected for this organisation, or the person has no"
                    + " e-mail address on file.");
        }
        Connection connection = found.get();
        try {
            SlackApi slack = SlackApi.of(connection);
            SlackAnswer person = slack.read("users.lookupByEmail", Map.of("email", recipient.email().get()));
            String target;
            boolean direct;
            if (person.ok()) {
                target = person.json().path("user").path("id").asText();
                direct = true;
            } else if (person.error().equals("users_not_found")) {
                Optional<String> channel = connection.setting(SlackConnector.DEFAULT_CHANNEL)
                        .filter(c -> !c.isBlank());
                if (channel.isEmpty()) {
                    return SendResult.unreachable("No Slack user has " + recipient.username() + "'s e-mail address,"
                            + " and the Slack connection has no default channel.");
                }
                target = channel.get();
                direct = false;
            } else {
                return failed(connection, person.failure());
            }
            var body = new LinkedHashMap<String, Object>(ApprovalMessage.of(recipient, notification,
                    connection.secret(SlackConnector.SIGNING_SECRET), direct));
            body.put("channel", target);
            body.put("metadata", Map.of("event_type", MessagePoster.METADATA_TYPE, "event_payload",
                    Map.of(MessagePoster.KEY_FIELD, idempotencyKey)));
            SlackAnswer posted = slack.call("chat.postMessage", body);
            if (!posted.ok()) {
                return failed(connection, posted.failure());
            }
            connection.healthy();
            return SendResult.sent();
        } catch (IOException e) {
            connection.failed("Slack could not be reached: " + e.getMessage());
            return SendResult.retry("Slack could not be reached", Optional.empty());
        }
    }

    private static SendResult failed(Connection connection, CallResult failure) {
        return switch (failure.kind()) {
            case REFUSED -> SendResult.refused("Slack refused it: " + failure.message());
            case THROTTLED -> SendResult.retry("Slack is limiting requests", failure.retryAfter());
            case CREDENTIALS_REFUSED -> {
                connection.failed("Slack refused the bot token: " + failure.message());
                yield SendResult.retry("Slack refused the bot token: " + failure.message(), Optional.empty());
            }
            default -> {
                connection.failed(failure.message());
                yield SendResult.retry(failure.message(), failure.retryAfter());
            }
        };
    }
}
