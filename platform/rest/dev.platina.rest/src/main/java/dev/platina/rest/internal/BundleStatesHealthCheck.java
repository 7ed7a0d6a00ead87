package dev.platina.rest.internal;

import dev.platina.health.api.HealthCheck;
import dev.platina.health.api.HealthResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** DOWN while any bundle is not active (fragments only resolve): a start in progress or a bundle that failed. */
@Component(service = HealthCheck.class, property = HealthCheck.NAME_PROPERTY + "=bundles")
public final class BundleStatesHealthCheck implements HealthCheck {

    private final BundleContext context;

    @Activate
    public BundleStatesHealthCheck(BundleContext context) {
        this.context = context;
    }

    @Override
    public HealthResult check() {
        var inactive = new ArrayList<String>();
        Bundle[] bundles = context.getBundles();
        for (Bundle bundle : bundles) {
            boolean fragment = bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
            int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() != expected) {
                inactive.add(bundle.getSymbolicName() + " " + bundle.getVersion() + " (" + state(bundle) + ")");
            }
        }
        var details = new LinkedHashMap<String, Object>();
        details.put("total", bundles.length);
        details.put("active", bundles.length - inactive.size());
        if (inactive.isEmpty()) {
            return HealthResult.up(details);
        }
        details.put("notActive", inactive);
        return HealthResult.down(inactive.size() + " bundle(s) are not active", details);
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> "installed, not resolved";
            case Bundle.RESOLVED -> "resolved, not started";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "state " + bundle.getState();
        };
    }
}
