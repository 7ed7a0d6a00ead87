package dev.platina.notification.ui.internal;

import dev.platina.identity.api.Caller;
import dev.platina.notification.api.PushDevices;
import dev.platina.ui.api.SignOutStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Signing out ends this browser's push subscription, in the browser and on the server: a shared phone must not go
 * on showing the approvals of the person who left.
 */
@Component(service = SignOutStep.class)
public final class PushSignOut implements SignOutStep {

    private final PushDevices devices;

    @Activate
    public PushSignOut(@Reference PushDevices devices) {
        this.devices = devices;
    }

    @Override
    public String pageScript() {
        return Scripts.UNSUBSCRIBE;
    }

    @Override
    public void finish(Caller caller, String endpoint) {
        if (endpoint != null && caller.userId() != null) {
            devices.forget(caller, endpoint);
        }
    }
}
