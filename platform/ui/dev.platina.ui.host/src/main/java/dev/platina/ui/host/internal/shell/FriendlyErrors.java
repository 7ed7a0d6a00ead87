package dev.platina.ui.host.internal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.LimitExceededException;
import dev.platina.core.api.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure inside a click or a form into a message that says what to do next. The platform's domain
 * exceptions carry messages written for users; anything else is logged and answered with an apology and a
 * reference, never with a stack trace.
 */
public final class FriendlyErrors implements ErrorHandler {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void error(ErrorEvent event) {
        show(event.getThrowable());
    }

    /** Shows the failure to the user; returns the text shown. */
    public static String show(Throwable failure) {
        String message = messageFor(failure);
        if (UI.getCurrent() != null) {
            Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return message;
    }

    public static String messageFor(Throwable failure) {
        Throwable cause = rootDomainCause(failure);
        if (cause instanceof InvalidInputException || cause instanceof ConflictException
                || cause instanceof NotFoundException || cause instanceof LimitExceededException
                || cause instanceof AuthenticationFailedException) {
            return cause.getMessage();
        }
        if (cause instanceof AccessDeniedException) {
            return cause.getMessage() + " Ask an administrator of your organisation if you need it.";
        }
        String reference = SignedIn.requestId();
        LOG.error("Unexpected failure in the UI (reference {})", reference, failure);
        return "Something went wrong on our side, and nothing was changed. Try again; if it keeps happening, give "
                + "your administrator the reference " + reference + ".";
    }

    private static Throwable rootDomainCause(Throwable failure) {
        Throwable current = failure;
        while (current != null) {
            if (current.getClass().getName().startsWith("dev.platina.")) {
                return current;
            }
            current = current.getCause();
        }
        return failure;
    }
}
