package dev.platina.notification.webpush.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A person's own push subscriptions: subscribing a browser, listing and removing one's devices. Anyone signed in
 * may manage their own devices and nobody else's; every change is audited (without the endpoint, a secret).
 */
@Component(service = PushSubscriptions.class, configurationPid = WebPushConfiguration.PID)
public final class PushSubscriptions {

    private final PushSubscriptionStore store;
    private final AuditLog audit;
    private final EndpointPolicy endpoints;

    @Activate
    public PushSubscriptions(@Reference PushSubscriptionStore store, @Reference AuditLog audit,
            WebPushConfiguration config) {
        this.store = store;
        this.audit = audit;
        this.endpoints = new EndpointPolicy(config.allowInsecureEndpoints());
    }

    /** Keeps the browser's subscription for the caller (replacing it if it subscribed before); returns its id. */
    UUID subscribe(Caller caller, String endpoint, String p256dh, String auth, String userAgent) {
        UUID userId = person(caller);
        if (endpoint == null || endpoint.isBlank()) {
            throw InvalidInputException.of("endpoint", "send the push service's endpoint URL");
        }
        endpoints.refusal(endpoint).ifPresent(why -> {
            throw InvalidInputException.of("endpoint", why);
        });
        byte[] subscriberKey = decoded("keys.p256dh", p256dh, "the browser's P-256 public key");
        try {
            P256.decodePublicKey(subscriberKey);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("keys.p256dh", "must be a P-256 public key (65 bytes, base64url): "
                    + e.getMessage());
        }
        byte[] authSecret = decoded("keys.auth", auth, "the 16-byte authentication secret");
        if (authSecret.length != PushMessageEncryption.AUTH_SECRET_BYTES) {
            throw InvalidInputException.of("keys.auth", "must be 16 bytes, base64url");
        }
        UUID id = store.save(caller.organization(), userId, new PushKeys(endpoint, subscriberKey, authSecret),
                userAgent);
        audit.record(AuditEvents.by(caller, "notification.push.subscribe").target("push-subscription", id.toString())
                .detail("userAgent", userAgent).build());
        return id;
    }

    List<PushDevice> devices(Caller caller) {
        return store.devicesOf(caller.organization(), person(caller));
    }

    Optional<PushDevice> device(Caller caller, UUID id) {
        return devices(caller).stream().filter(device -> device.id().equals(id)).findFirst();
    }

    /** @throws NotFoundException when the caller has no such device, also when it is someone else's */
    void unsubscribe(Caller caller, UUID id) {
        if (!store.remove(caller.organization(), person(caller), id)) {
            throw new NotFoundException("Push subscription " + id);
        }
        audit.record(AuditEvents.by(caller, "notification.push.unsubscribe").target("push-subscription",
                id.toString()).build());
    }

    boolean isSubscribed(Caller caller, String endpoint) {
        return endpoint != null && !endpoint.isBlank() && store.hasEndpoint(caller.organization(), person(caller),
                endpoint);
    }

    /** Forgets the caller's device with this endpoint, e.g. when they sign out on a shared phone. */
    boolean forget(Caller caller, String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return false;
        }
        Optional<UUID> removed = store.removeEndpoint(caller.organization(), person(caller), endpoint);
        removed.ifPresent(id -> audit.record(AuditEvents.by(caller, "notification.push.unsubscribe")
                .target("push-subscription", id.toString()).detail("reason", "signed out on this device").build()));
        return removed.isPresent();
    }

    /** Devices belong to people; the platform acting for itself (never an API caller) has none. */
    private static UUID person(Caller caller) {
        if (caller.userId() == null) {
            throw new IllegalArgumentException("Only a person can have push subscriptions, not " + caller.username());
        }
        return caller.userId();
    }

    private static byte[] decoded(String field, String value, String what) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "send " + what);
        }
        try {
            return Base64Url.decode(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "must be base64url");
        }
    }
}
