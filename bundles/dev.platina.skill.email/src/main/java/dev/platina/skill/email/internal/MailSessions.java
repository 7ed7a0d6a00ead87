package dev.platina.skill.email.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPSSLStore;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.smtp.SMTPSSLTransport;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Connects to a mailbox's IMAP and SMTP servers. Stores and transports are built from Angus's provider classes
 * directly rather than looked up by protocol name, so no provider registry has to be visible in OSGi. Call inside
 * {@link MailClassLoader#call}.
 */
final class MailSessions {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private MailSessions() {
    }

    /** A session of its own for the account: sessions hold no connection, only settings. */
    static Session session(MailAccount account, Duration imapReadTimeout) {
        var properties = new Properties();
        String imap = account.imap().security().protocol("imap");
        properties.put("mail." + imap + ".connectiontimeout", millis(CONNECT_TIMEOUT));
        properties.put("mail." + imap + ".timeout", millis(imapReadTimeout));
        // Reading must not mark mail as seen: the people who use the mailbox still need to see what is new.
        properties.put("mail." + imap + ".peek", "true");
        account.imap().security().applyTo(properties, imap);
        String smtp = account.smtp().security().protocol("smtp");
        properties.put("mail." + smtp + ".connectiontimeout", millis(CONNECT_TIMEOUT));
        properties.put("mail." + smtp + ".timeout", millis(READ_TIMEOUT));
        // Without a write timeout a server that stops reading would hold the outbox relay's thread for ever.
        properties.put("mail." + smtp + ".writetimeout", millis(READ_TIMEOUT));
        properties.put("mail." + smtp + ".auth", "true");
        properties.put("mail." + smtp + ".from", account.from().getAddress());
        account.smtp().security().applyTo(properties, smtp);
        return Session.getInstance(properties);
    }

    /** Signs in to the IMAP server. */
    static IMAPStore imap(MailAccount account, Duration readTimeout) throws MessagingException {
        Session session = session(account, readTimeout);
        IMAPStore store = account.imap().security() == Security.TLS ? new IMAPSSLStore(session, null)
                : new IMAPStore(session, null);
        store.connect(account.imap().host(), account.imap().port(), account.username(), account.password());
        return store;
    }

    /** Signs in to the SMTP server. */
    static Transport smtp(Session session, MailAccount account) throws MessagingException {
        Transport transport = account.smtp().security() == Security.TLS ? new SMTPSSLTransport(session, null)
                : new SMTPTransport(session, null);
        transport.connect(account.smtp().host(), account.smtp().port(), account.username(), account.password());
        return transport;
    }

    private static String millis(Duration duration) {
        return String.valueOf(duration.toMillis());
    }
}
