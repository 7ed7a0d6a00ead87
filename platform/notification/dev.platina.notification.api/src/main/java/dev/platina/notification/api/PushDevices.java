package dev.platina.notification.api;

import dev.platina.identity.api.Caller;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The web push side of a person's browsers, for the web UI, which talks to services in-process (its pages hold no
 * API token): the key a browser subscribes with, and keeping or forgetting the browser the person is using.
 * Every method acts on the caller's own devices only.
 */
@ProviderType
public interface PushDevices {

    /** The installation's VAPID public key, base64url: the browser's {@code applicationServerKey}. */
    String applicationServerKey();

    /**
     * Keeps the browser's subscription (its {@code PushSubscription.toJSON()} parts) for the caller; the same endpoint
     * again replaces the earlier subscription, whoever made it. Returns the device's id.
     *
     * @throws dev.platina.core.api.InvalidInputException when a part is missing or malformed, naming it
     */
    UUID subscribe(Caller caller, String endpoint, String p256dh, String auth, String userAgent);

    /** Whether this endpoint is one of the caller's subscribed devices. */
    boolean isSubscribed(Caller caller, String endpoint);

    /** Forgets the caller's device with this endpoint (sign-out on a shared phone); false when there was none. */
    boolean forget(Caller caller, String endpoint);
}
