package dev.platina.skill.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.integration.api.CallResult;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;

/** SMTP's reply codes as the outbox reads them, on the exceptions Angus Mail throws for them. */
class SmtpOutcomeTest {

    private static final MailServer SERVER = new MailServer("smtp.example.com", 587, Security.STARTTLS);

    @Test
    void aRefusedLoginWaitsForTheAdministratorButATemporaryOneIsRetried() {
        CallResult refused = SmtpOutcome.of(new AuthenticationFailedException("535 5.7.8 Authentication"
                + " credentials invalid"), SERVER);
        CallResult temporary = SmtpOutcome.of(new AuthenticationFailedException("454 4.7.0 Temporary"
                + " authentication failure"), SERVER);

        assertThat(refused.kind()).isEqualTo(CallResult.Kind.CREDENTIALS_REFUSED);
        assertThat(refused.message()).isEqualTo("The SMTP server smtp.example.com:587 refused the user name or"
                + " password: 535 5.7.8 Authentication credentials invalid");
        assertThat(temporary.kind()).isEqualTo(CallResult.Kind.UNAVAILABLE);
    }

    @Test
    void aRecipientRefusedFor5xxFailsAndFor4xxIsRetried() throws Exception {
        InternetAddress nobody = new InternetAddress("nobody@customer.example");

        CallResult permanent = SmtpOutcome.of(sendFailed(new SMTPAddressFailedException(nobody,
                "RCPT TO:<nobody@customer.example>", 550, "550 5.1.1 No such user")), SERVER);
        CallResult temporary = SmtpOutcome.of(sendFailed(new SMTPAddressFailedException(nobody,
                "RCPT TO:<nobody@customer.example>", 451, "451 4.3.0 Try again later")), SERVER);

        assertThat(permanent.kind()).isEqualTo(CallResult.Kind.REFUSED);
        assertThat(permanent.message()).isEqualTo("The SMTP server smtp.example.com:587 did not accept the"
                + " recipient nobody@customer.example: 550 5.1.1 No such user");
        assertThat(temporary.kind()).isEqualTo(CallResult.Kind.UNAVAILABLE);
    }

    @Test
    void aMessageRefusedFor5xxFailsAndFor4xxIsRetried() {
        CallResult spam = SmtpOutcome.of(new SMTPSendFailedException("DATA", 554, "554 5.7.1 Rejected as spam",
                null, null, null, null), SERVER);
        CallResult busy = SmtpOutcome.of(new SMTPSendFailedException("DATA", 421, "421 4.4.2 Closing",
                null, null, null, null), SERVER);

        assertThat(spam.kind()).isEqualTo(CallResult.Kind.REFUSED);
        assertThat(spam.message()).endsWith("did not accept the message: 554 5.7.1 Rejected as spam");
        assertThat(busy.kind()).isEqualTo(CallResult.Kind.UNAVAILABLE);
    }

    @Test
    void aServerThatCannotBeReachedIsRetried() {
        var refused = new MailConnectException(new SocketConnectException("Using socket factory",
                new ConnectException("Connection refused"), "smtp.example.com", 587, 15000));

        CallResult result = SmtpOutcome.of(refused, SERVER);

        assertThat(result.kind()).isEqualTo(CallResult.Kind.UNAVAILABLE);
        assertThat(result.message()).startsWith("Could not reach smtp.example.com:587");
    }

    private static MessagingException sendFailed(SMTPAddressFailedException rejected) {
        return new SendFailedException("Invalid Addresses", rejected, new Address[0], new Address[0],
                new Address[] {rejected.getAddress()});
    }
}
