package dev.platina.notification.email.internal;

import dev.platina.notification.api.SendResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Decides whether a failed hand-over is worth trying again. Only what the server says is permanent about this
 * recipient or this message is refused; everything an operator can fix (an unreachable server, a wrong password,
 * a sender address the server dislikes, TLS) is retried, so that no notification is lost to a configuration error.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static SendResult classify(MessagingException failure, SmtpSettings settings) {
        String server = "the mail server " + settings.server();
        if (failure instanceof AuthenticationFailedException) {
            return retry(server + " refused the login of '" + settings.username() + "': " + text(failure));
        }
        Optional<SMTPAddressFailedException> recipient = find(failure, SMTPAddressFailedException.class);
        if (recipient.isPresent()) {
            SMTPAddressFailedException rejected = recipient.get();
            String reason = server + " did not accept " + rejected.getAddress() + ": " + text(rejected);
            return permanentForRecipient(rejected.getReturnCode()) ? SendResult.refused(reason) : retry(reason);
        }
        Optional<SMTPSendFailedException> command = find(failure, SMTPSendFailedException.class);
        if (command.isPresent()) {
            return classifyCommand(command.get(), server);
        }
        Optional<SSLException> tls = find(failure, SSLException.class);
        if (tls.isPresent()) {
            return retry(server + " could not be reached securely: " + text(tls.get()));
        }
        Optional<IOException> network = find(failure, IOException.class);
        if (network.isPresent()) {
            return retry(server + " did not answer: " + text(network.get()));
        }
        return retry(server + " cannot be used: " + text(failure));
    }

    private static SendResult classifyCommand(SMTPSendFailedException failure, String server) {
        String command = failure.getCommand() == null ? "" : failure.getCommand();
        if (command.regionMatches(true, 0, "MAIL", 0, 4)) {
            return retry(server + " did not accept the sender address (check 'from'): " + text(failure));
        }
        String reason = server + " did not accept the message: " + text(failure);
        return failure.getReturnCode() / 100 == 5 ? SendResult.refused(reason) : retry(reason);
    }

    /** 5xx is permanent, except 552 to RCPT, which RFC 5321 (4.5.3.1.10) asks clients to treat as temporary. */
    private static boolean permanentForRecipient(int code) {
        return code / 100 == 5 && code != 552;
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
            current = current instanceof MessagingException messaging && messaging.getNextException() != null
                    ? messaging.getNextException() : current.getCause();
        }
        return Optional.empty();
    }

    private static String text(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return EmailComposer.singleLine(message);
    }

    private static SendResult retry(String reason) {
        return SendResult.retry(reason, Optional.empty());
    }
}
