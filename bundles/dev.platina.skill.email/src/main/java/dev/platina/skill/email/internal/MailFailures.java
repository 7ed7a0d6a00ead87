package dev.platina.skill.email.internal;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.util.MailConnectException;

/** Finds what lies under a mail failure (the network, TLS) and words it without the stack of wrappers. */
final class MailFailures {

    private MailFailures() {
    }

    /** The failure, or a cause of it, of the given type; Jakarta Mail chains causes as "next" exceptions. */
    static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 12; depth++) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
            current = current instanceof MessagingException messaging && messaging.getNextException() != null
                    ? messaging.getNextException() : current.getCause();
        }
        return Optional.empty();
    }

    /** True when no conversation with the server came about: it could not be found, reached or answered. */
    static boolean unreachable(Throwable failure) {
        return find(failure, MailConnectException.class).isPresent()
                || find(failure, ConnectException.class).isPresent()
                || find(failure, UnknownHostException.class).isPresent()
                || find(failure, NoRouteToHostException.class).isPresent()
                || find(failure, SocketTimeoutException.class).isPresent();
    }

    static boolean tls(Throwable failure) {
        return find(failure, SSLException.class).isPresent();
    }

    static boolean network(Throwable failure) {
        return unreachable(failure) || find(failure, IOException.class).isPresent();
    }

    /** One line of what the server or the library said. */
    static String said(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String line = message.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
