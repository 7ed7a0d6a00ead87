package dev.platina.ui.api;

import java.util.function.Function;
import java.util.function.Supplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Borrows a service for one call through the bundle of the calling view and returns it at once. Vaadin creates
 * views, not DS, and a view that kept a service would hold on to it after the providing bundle was updated.
 */
public final class ServiceCalls {

    private ServiceCalls() {
    }

    /**
     * Runs {@code work} with the service of {@code type} as seen by the bundle of {@code owner}.
     *
     * @param unavailable what to throw when the service is not there (being updated, or the bundle is stopping)
     */
    public static <S, R> R borrow(Class<?> owner, Class<S> type, Function<S, R> work,
            Supplier<? extends RuntimeException> unavailable) {
        Bundle bundle = FrameworkUtil.getBundle(owner);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw unavailable.get();
        }
        ServiceReference<S> reference;
        S service;
        try {
            reference = context.getServiceReference(type);
            service = reference == null ? null : context.getService(reference);
        } catch (IllegalStateException stopping) {
            throw unavailable.get();
        }
        if (service == null) {
            throw unavailable.get();
        }
        try {
            return work.apply(service);
        } finally {
            context.ungetService(reference);
        }
    }
}
