package dev.platina.notification.api;

import dev.platina.identity.api.Caller;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Tells people of the caller's organisation things, on every channel that reaches them and that they did not turn
 * off, respecting their quiet hours. Sending is durable (it survives restarts), retried while a channel's service
 * is down, and audited per channel.
 */
@ProviderType
public interface NotificationService {

    /**
     * Queues the notification for the person; {@code idempotencyKey} makes notifying twice for the same occasion
     * (e.g. {@code approval:<id>}) send once. Returns the channels it was queued on.
     */
    List<String> notify(Caller sender, UUID userId, Notification notification, String idempotencyKey);

    /** The caller's own preferences. */
    NotificationPreferences preferences(Caller caller);

    NotificationPreferences updatePreferences(Caller caller, NotificationPreferences preferences);

    /** The channels registered now, by name, with their descriptions. */
    List<ChannelInfo> channels();

    record ChannelInfo(String name, String description) {
    }
}
