package dev.platina.workflow.ui.internal;

import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Borrows a service through this bundle's context for one call and returns it at once. Vaadin creates the views,
 * not DS, and a view that kept a service would hold on to it after the providing bundle was updated.
 */
final class Services {

    private Services() {
    }

    /** Thrown when the service is not there (being updated, or this bundle is stopping). */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable() {
            super("This part of Platina is being updated. Try again in a moment.");
        }
    }

    static <S, R> R borrow(Class<S> type, Function<S, R> work) {
        Bundle bundle = FrameworkUtil.getBundle(Services.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw new Unavailable();
        }
        ServiceReference<S> reference;
        S service;
        try {
            reference = context.getServiceReference(type);
            service = reference == null ? null : context.getService(reference);
        } catch (IllegalStateException stopping) {
            throw new Unavailable();
        }
        if (service == null) {
            throw new Unavailable();
        }
        try {
            return work.apply(service);
        } finally {
            context.ungetService(reference);
        }
    }
}
