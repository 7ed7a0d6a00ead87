package dev.platina.notification.ui.internal;

import dev.platina.ui.api.ServiceCalls;
import java.util.function.Function;

/** The notification services, borrowed for one call by the screens of this bundle. */
final class Services {

    private Services() {
    }

    /** Thrown when the service is not there (being updated, or this bundle is stopping). */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable() {
            super("Notifications are being updated. Try again in a moment.");
        }
    }

    static <S, R> R borrow(Class<S> type, Function<S, R> work) {
        return ServiceCalls.borrow(Services.class, type, work, Unavailable::new);
    }
}
