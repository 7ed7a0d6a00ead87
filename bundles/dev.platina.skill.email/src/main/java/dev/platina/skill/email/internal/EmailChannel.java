package dev.platina.skill.email.internal;

import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectorChannel;
import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.api.QueuedWrite;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Delivers the e-mail steps' messages through the organisation's SMTP server, guarded by the kit (breaker, waiting
 * while the server is down). SMTP has no idempotency key: a delivery repeated after the server took the mail but its
 * answer was lost sends it again, with the same Message-ID (see {@link OutgoingMail}).
 */
@Component(service = OutboxChannel.class)
public final class EmailChannel extends ConnectorChannel {

    static final String NAME = "email";
    private static final Set<String> OPERATIONS = Set.of(SendEmailStep.OPERATION, ReplyEmailStep.OPERATION);

    private final Clock clock;

    @Activate
    public EmailChannel(@Reference ConnectorDeliveries deliveries) {
        this(deliveries, Clock.systemUTC());
    }

    EmailChannel(ConnectorDeliveries deliveries, Clock clock) {
        super(deliveries, NAME, EmailConnector.ID);
        this.clock = clock;
    }

    @Override
    protected void accept(QueuedWrite write) {
        acceptOnly(write, OPERATIONS, "The e-mail skill");
    }

    @Override
    protected CallResult perform(Connection connection, QueuedWrite write, OutboxDelivery delivery)
            throws Exception {
        String idempotencyKey = delivery.idempotencyKey();
        MailAccount account = MailAccount.of(connection);
        return MailClassLoader.call(() -> {
            Session session = MailSessions.session(account, MailSessions.READ_TIMEOUT);
            MimeMessage message;
            try {
                message = OutgoingMail.build(session, account, write, idempotencyKey, clock.instant());
            } catch (MessagingException e) {
                return CallResult.refused("The e-mail could not be written: " + MailFailures.said(e));
            }
            Transport transport;
            try {
                transport = MailSessions.smtp(session, account);
            } catch (MessagingException e) {
                return SmtpOutcome.of(e, account.smtp());
            }
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                return SmtpOutcome.of(e, account.smtp());
            } finally {
                closeQuietly(transport);
            }
            var receipt = new LinkedHashMap<String, Object>();
            receipt.put("messageId", message.getMessageID());
            receipt.put("recipients", message.getAllRecipients().length);
            return CallResult.done(receipt);
        });
    }

    /** Once the server took the mail, a failing QUIT must not make it look unsent (and send it again). */
    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // the mail was handed over; the connection ends either way
        }
    }
}
