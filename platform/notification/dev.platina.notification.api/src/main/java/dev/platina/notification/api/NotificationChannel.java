package dev.platina.notification.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Carries notifications to people one way (register as a service; whiteboard). Sending happens outside any
 * transaction, possibly more than once for one notification (after a crash or a lost answer), always with the same
 * {@code idempotencyKey}; a channel whose service honours such a key passes it on.
 */
@ConsumerType
public interface NotificationChannel {

    /** The channel's name in preferences and the audit trail, e.g. {@code webpush}, {@code email}. */
    String name();

    /** A line for the preferences screen, e.g. "Push notifications on your devices". */
    String description();

    /** Whether the person can be reached here at all (a device subscribed, an address on file). */
    boolean reaches(Recipient recipient);

    SendResult send(Recipient recipient, Notification notification, String idempotencyKey) throws Exception;
}
