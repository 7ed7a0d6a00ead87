package dev.platina.ai.ui.internal;

import dev.platina.ui.api.ServiceCalls;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The AI services, borrowed for one call by the screens of this bundle. */
final class Services {

    private Services() {
    }

    /** Thrown when the service is not there (being updated, or this bundle is stopping). */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable() {
            super("The AI settings are being updated. Try again in a moment.");
        }
    }

    static <S, R> R borrow(Class<S> type, Function<S, R> work) {
        return ServiceCalls.borrow(Services.class, type, work, Unavailable::new);
    }

    /**
     * Whether a service of this type is registered now. For services another feature may or may not install (the
     * AI memory), asked again on every page load, so a screen shows the section once the service arrives.
     */
    static boolean present(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(Services.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        try {
            return context != null && context.getServiceReference(type) != null;
        } catch (IllegalStateException stopping) {
            return false;
        }
    }

    /** Like {@link #borrow}, but empty when the service is not registered. */
    static <S, R> Optional<R> borrowIfPresent(Class<S> type, Function<S, R> work) {
        if (!present(type)) {
            return Optional.empty();
        }
        return Optional.ofNullable(borrow(type, work));
    }
}
