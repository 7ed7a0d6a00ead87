package dev.platina.notification.webpush.internal;

import dev.platina.identity.api.Caller;
import dev.platina.notification.api.PushDevices;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What the web UI needs to subscribe the browser it runs in, in-process (its pages carry no API token). */
@Component(service = PushDevices.class)
public final class BrowserPushDevices implements PushDevices {

    private final PushSubscriptions subscriptions;
    private final VapidKeys keys;

    @Activate
    public BrowserPushDevices(@Reference PushSubscriptions subscriptions, @Reference VapidKeys keys) {
        this.subscriptions = subscriptions;
        this.keys = keys;
    }

    @Override
    public String applicationServerKey() {
        return keys.publicKey();
    }

    @Override
    public UUID subscribe(Caller caller, String endpoint, String p256dh, String auth, String userAgent) {
        return subscriptions.subscribe(caller, endpoint, p256dh, auth, userAgent);
    }

    @Override
    public boolean isSubscribed(Caller caller, String endpoint) {
        return subscriptions.isSubscribed(caller, endpoint);
    }

    @Override
    public boolean forget(Caller caller, String endpoint) {
        return subscriptions.forget(caller, endpoint);
    }
}
