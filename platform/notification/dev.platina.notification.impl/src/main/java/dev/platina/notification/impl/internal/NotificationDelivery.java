package dev.platina.notification.impl.internal;

import dev.platina.audit.api.AuditEvent;
import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.identity.api.OrganizationService;
import dev.platina.identity.api.UserService;
import dev.platina.notification.api.Notification;
import dev.platina.notification.api.NotificationChannel;
import dev.platina.notification.api.Recipient;
import dev.platina.notification.api.SendResult;
import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers queued notifications (outbox channel {@value #OUTBOX_CHANNEL}) through their notification channel. The
 * outbox retries with backoff and honours a channel's retry-after; a missing channel makes the message wait.
 * Every final outcome is audited in the person's organisation.
 */
@Component(service = OutboxChannel.class)
public final class NotificationDelivery implements OutboxChannel {

    static final String OUTBOX_CHANNEL = "notification";
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);

    private final NotificationChannels channels;
    private final RecipientDirectory directory;
    private final AuditLog audit;

    @Activate
    public NotificationDelivery(@Reference NotificationChannels channels, @Reference UserService users,
            @Reference OrganizationService organizations, @Reference AuditLog audit) {
        this.channels = channels;
        this.directory = new RecipientDirectory(users, organizations);
        this.audit = audit;
    }

    @Override
    public String name() {
        return OUTBOX_CHANNEL;
    }

    @Override
    @SuppressWarnings("unchecked")
    public DeliveryResult deliver(OutboxDelivery delivery) throws Exception {
        String channelName = String.valueOf(delivery.payload().get("channel"));
        UUID userId = UUID.fromString(String.valueOf(delivery.payload().get("userId")));
        Notification notification = Notification.fromMap((Map<String, Object>) delivery.payload()
                .get("notification"));
        Optional<NotificationChannel> channel = channels.named(channelName);
        if (channel.isEmpty()) {
            return DeliveryResult.retry("Waiting for the notification channel '" + channelName + "', which is not"
                    + " installed now.", Optional.empty());
        }
        Optional<Recipient> recipient = directory.find(delivery.organization(), userId);
        if (recipient.isEmpty()) {
            record(delivery, userId, channelName, notification, AuditOutcome.DENIED, "the person is disabled or gone");
            return DeliveryResult.refused("The person is disabled or no longer exists.");
        }
        SendResult result = channel.get().send(recipient.get(), notification, delivery.idempotencyKey());
        switch (result.kind()) {
            case SENT -> {
                record(delivery, userId, channelName, notification, AuditOutcome.SUCCESS, null);
                return DeliveryResult.delivered(Map.of("channel", channelName));
            }
            case RETRY -> {
                // The outbox keeps the reason with the message; the log tells the operator while it lasts.
                LOG.warn("A {} notification to {} was not sent (attempt {}), trying again later: {}", channelName,
                        userId, delivery.attempt(), result.reason().orElse("no reason given"));
                return DeliveryResult.retry(result.reason().orElse("Not sent"), result.retryAfter());
            }
            default -> {
                String reason = result.reason().orElse(result.kind().name().toLowerCase());
                record(delivery, userId, channelName, notification, AuditOutcome.FAILURE, reason);
                return DeliveryResult.refused(reason);
            }
        }
    }

    private void record(OutboxDelivery delivery, UUID userId, String channel, Notification notification,
            AuditOutcome outcome, String reason) {
        var event = AuditEvent.of(delivery.organization(), "notification.send")
                .actor(null, "system:notifications").target("user", userId.toString()).outcome(outcome)
                .detail("channel", channel).detail("kind", notification.kind())
                .detail("attempt", Integer.toString(delivery.attempt()));
        if (reason != null) {
            event.detail("reason", reason);
        }
        audit.record(event.build());
    }
}
