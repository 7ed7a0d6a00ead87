package dev.platina.notification.webpush.internal;

import dev.platina.notification.api.Notification;
import dev.platina.notification.api.NotificationChannel;
import dev.platina.notification.api.Recipient;
import dev.platina.notification.api.SendResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web push (RFC 8030) to every browser and installed app the person subscribed, encrypted for each (RFC 8291) and
 * signed as this installation (VAPID, RFC 8292). Subscriptions the push service reports gone are deleted.
 */
@Component(service = NotificationChannel.class, configurationPid = WebPushConfiguration.PID)
@Designate(ocd = WebPushConfiguration.class)
public final class WebPushChannel implements NotificationChannel {

    static final String NAME = "webpush";
    private static final Logger LOG = LoggerFactory.getLogger(WebPushChannel.class);

    private final PushSubscriptionStore subscriptions;
    private final VapidKeys vapidKeys;
    private final PushMessageEncryption encryption;
    private final PushDelivery delivery;
    private final EndpointPolicy endpoints;
    private final WebPushConfiguration config;
    private final Clock clock;

    @Activate
    public WebPushChannel(@Reference PushSubscriptionStore subscriptions, @Reference VapidKeys vapidKeys,
            WebPushConfiguration config) {
        this(subscriptions, vapidKeys, config, Clock.systemUTC());
    }

    WebPushChannel(PushSubscriptionStore subscriptions, VapidKeys vapidKeys, WebPushConfiguration config,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.vapidKeys = vapidKeys;
        this.config = config;
        this.clock = clock;
        this.encryption = new PushMessageEncryption();
        this.delivery = new PushDelivery(clock);
        this.endpoints = new EndpointPolicy(config.allowInsecureEndpoints());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Push notifications on your devices";
    }

    @Override
    public boolean reaches(Recipient recipient) {
        return subscriptions.anyFor(recipient.organization(), recipient.userId());
    }

    @Override
    public SendResult send(Recipient recipient, Notification notification, String idempotencyKey)
            throws InterruptedException {
        List<PushSubscription> devices = subscriptions.subscriptionsOf(recipient.organization(), recipient.userId());
        if (devices.isEmpty()) {
            return SendResult.unreachable("No device of the person subscribed to push notifications");
        }
        byte[] payload;
        try {
            payload = PushPayload.of(notification, idempotencyKey);
        } catch (IllegalArgumentException e) {
            return SendResult.refused(e.getMessage());
        }
        var authorization = new VapidAuthorization(vapidKeys.keyPair(), config.subject(), clock);
        var tally = new DeliveryTally();
        for (PushSubscription device : devices) {
            DeliveryOutcome outcome = deliver(device, payload, notification, idempotencyKey, authorization);
            record(recipient, device, outcome);
            tally.add(outcome);
        }
        return tally.result();
    }

    private DeliveryOutcome deliver(PushSubscription device, byte[] payload, Notification notification,
            String idempotencyKey, VapidAuthorization authorization) throws InterruptedException {
        Optional<String> refusal = endpoints.refusal(device.keys().endpoint());
        if (refusal.isPresent()) {
            return DeliveryOutcome.of(DeliveryOutcome.Kind.REFUSED, "The endpoint " + refusal.get());
        }
        URI endpoint = URI.create(device.keys().endpoint());
        byte[] body = encryption.encrypt(payload, device.keys().p256dh(), device.keys().auth());
        var message = new PushDelivery.Message(body, authorization.headerFor(endpoint),
                Duration.ofSeconds(config.timeToLiveSeconds()), notification.kind().startsWith("approval."),
                topic(idempotencyKey));
        return delivery.deliver(endpoint, message);
    }

    private void record(Recipient recipient, PushSubscription device, DeliveryOutcome outcome) {
        switch (outcome.kind()) {
            case ACCEPTED -> subscriptions.recordSuccess(recipient.organization(), device.id());
            case GONE -> {
                LOG.info("Push subscription {} is gone and was deleted: {}", device.id(), outcome.reason());
                subscriptions.removeGone(recipient.organization(), device.id());
            }
            case RETRY, REFUSED -> subscriptions.recordFailure(recipient.organization(), device.id(),
                    outcome.reason());
        }
    }

    /**
     * RFC 8030's {@code Topic}: a message waiting at the push service is replaced by a later one with the same
     * topic. At most 32 base64url characters, so a hash of the key (24 bytes make exactly 32).
     */
    static String topic(String idempotencyKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return Base64Url.encode(Arrays.copyOf(digest, 24));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
