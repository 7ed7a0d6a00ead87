package dev.platina.rest.internal;

import com.fasterxml.jackson.databind.type.TypeFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Forgets what Jackson learned about a bundle's classes once the bundle is gone. Jackson caches a serializer per
 * class it wrote and a type per class it resolved; a skill's response types would otherwise keep the skill's class
 * loader, and every class of every version ever installed, alive until the platform restarts.
 */
@Component(immediate = true)
public final class JacksonCacheRelease {

    private final BundleContext context;
    private final BundleListener listener = event -> {
        // UNRESOLVED follows an uninstall or update once the old wiring is dropped: the old classes are unusable.
        if (event.getType() == BundleEvent.UNRESOLVED || event.getType() == BundleEvent.UNINSTALLED) {
            release();
        }
    };

    @Activate
    public JacksonCacheRelease(BundleContext context) {
        this.context = context;
        context.addBundleListener(listener);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(listener);
    }

    static void release() {
        JsonProvider.MAPPER.clearCaches();
        JsonProvider.MAPPER.getTypeFactory().clearCache();
        // Some of Jackson's own code resolves types through the shared instance rather than the mapper's.
        TypeFactory.defaultInstance().clearCache();
    }
}
