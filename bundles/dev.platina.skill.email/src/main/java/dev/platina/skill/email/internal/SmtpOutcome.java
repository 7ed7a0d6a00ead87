package dev.platina.skill.email.internal;

import dev.platina.integration.api.CallResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * How a failed hand-over to the SMTP server counts for the outbox. SMTP says with its reply codes what is worth
 * trying again: 4xx is a temporary refusal (retried, as is a server that cannot be reached), 5xx is permanent (the
 * message fails with the server's words), and a refused login (535) waits for an administrator to fix the password.
 */
final class SmtpOutcome {

    private SmtpOutcome() {
    }

    static CallResult of(MessagingException failure, MailServer server) {
        String name = "The SMTP server " + server.address();
        if (failure instanceof AuthenticationFailedException) {
            String said = MailFailures.said(failure);
            // 454 is "temporary authentication failure": the server's trouble, not the password's.
            return said.startsWith("4") ? CallResult.unavailable(name + " could not check the login now: " + said,
                    Optional.empty()) : CallResult.credentialsRefused(name + " refused the user name or password: "
                            + said);
        }
        Optional<SMTPAddressFailedException> recipient = MailFailures.find(failure, SMTPAddressFailedException.class);
        if (recipient.isPresent()) {
            SMTPAddressFailedException rejected = recipient.get();
            return byCode(rejected.getReturnCode(), name + " did not accept the recipient " + rejected.getAddress()
                    + ": " + MailFailures.said(rejected));
        }
        Optional<SMTPSendFailedException> command = MailFailures.find(failure, SMTPSendFailedException.class);
        if (command.isPresent()) {
            return byCode(command.get().getReturnCode(), name + " did not accept the message: "
                    + MailFailures.said(command.get()));
        }
        if (MailFailures.unreachable(failure)) {
            return CallResult.unavailable("Could not reach " + server.address() + ": " + MailFailures.said(failure),
                    Optional.empty());
        }
        if (failure instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0) {
            return CallResult.refused(name + " did not accept the recipients: " + MailFailures.said(failure));
        }
        return CallResult.unavailable(name + " could not be used: " + MailFailures.said(failure), Optional.empty());
    }

    private static CallResult byCode(int code, String message) {
        return code >= 500 && code < 600 ? CallResult.refused(message)
                : CallResult.unavailable(message, Optional.empty());
    }
}
