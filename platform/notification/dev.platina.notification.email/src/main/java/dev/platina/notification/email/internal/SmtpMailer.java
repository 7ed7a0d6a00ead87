package dev.platina.notification.email.internal;

import dev.platina.notification.api.SendResult;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.function.Supplier;

/** Hands one message at a time to the configured SMTP server, on a connection of its own. */
final class SmtpMailer {

    private final SmtpSettings settings;
    private final Session session;

    SmtpMailer(SmtpSettings settings) {
        this.settings = settings;
        this.session = withMailClassLoader(() -> Session.getInstance(settings.sessionProperties()));
    }

    Session session() {
        return session;
    }

    SendResult send(MimeMessage message) {
        return withMailClassLoader(() -> sendNow(message));
    }

    private SendResult sendNow(MimeMessage message) {
        try (Transport transport = session.getTransport("smtp")) {
            if (settings.logsIn()) {
                transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            } else {
                transport.connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
            return SendResult.sent();
        } catch (MessagingException e) {
            return SmtpFailures.classify(e, settings);
        }
    }

    /**
     * Jakarta Mail finds its providers (smtp) and defaults through the thread's context class loader; in OSGi the
     * outbox relay's thread has none that sees them, so the mail bundle's own loader stands in while it works.
     */
    private static <T> T withMailClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
