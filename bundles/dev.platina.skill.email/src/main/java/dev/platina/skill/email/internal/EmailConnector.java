package dev.platina.skill.email.internal;

import dev.platina.integration.api.CheckResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.Connector;
import dev.platina.integration.api.ConnectorDescriptor;
import dev.platina.integration.api.CredentialField;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.osgi.service.component.annotations.Component;

/**
 * An organisation's mailbox: IMAP to watch a folder, SMTP to send, with one login. The check signs in to both and
 * says in plain words which one failed and how.
 */
@Component(service = Connector.class)
public final class EmailConnector implements Connector {

    static final String ID = "email";
    static final String IMAP_HOST = "imapHost";
    static final String IMAP_PORT = "imapPort";
    static final String IMAP_SECURITY = "imapSecurity";
    static final String SMTP_HOST = "smtpHost";
    static final String SMTP_PORT = "smtpPort";
    static final String SMTP_SECURITY = "smtpSecurity";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String FROM = "fromAddress";
    static final String FOLDER = "folder";

    static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.withFields(ID, "E-mail",
            "Your organisation's mailbox: new mail in a watched folder starts workflows (email.received), and"
                    + " workflows and AI proposals send mail and threaded replies through your SMTP server.",
            List.of(
                    CredentialField.address(IMAP_HOST, "IMAP server", "Gmail: imap.gmail.com; Microsoft 365:"
                            + " outlook.office365.com"),
                    optional(IMAP_PORT, "IMAP port", "993 with tls, 143 with starttls", "993"),
                    optional(IMAP_SECURITY, "IMAP security", "tls (implicit, port 993), starttls, or none (only for"
                            + " a server on your own machine)", "tls"),
                    CredentialField.address(SMTP_HOST, "SMTP server", "Gmail: smtp.gmail.com; Microsoft 365:"
                            + " smtp.office365.com"),
                    optional(SMTP_PORT, "SMTP port", "587 with starttls, 465 with tls", "587"),
                    optional(SMTP_SECURITY, "SMTP security", "starttls (port 587), tls (implicit, port 465), or"
                            + " none (only for a server on your own machine)", "starttls"),
                    CredentialField.setting(USERNAME, "User name", "Usually the full e-mail address of the"
                            + " mailbox"),
                    CredentialField.secret(PASSWORD, "Password", "An app password where the provider offers them"
                            + " (Gmail, Microsoft 365 with multi-factor sign-in); never your personal password"),
                    CredentialField.setting(FROM, "Sender address", "The address mail is sent from, such as"
                            + " Acme Support <support@acme.example>"),
                    optional(FOLDER, "Folder to watch", "The IMAP folder whose new mail starts workflows",
                            "INBOX")));

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckResult check(Connection connection) throws Exception {
        MailAccount account;
        try {
            account = MailAccount.of(connection);
        } catch (MailSettingException e) {
            return CheckResult.failed(e.field(), e.getMessage());
        }
        return MailClassLoader.call(() -> checkImap(account).orElseGet(() -> checkSmtp(account).orElseGet(() ->
                CheckResult.ok("Signed in to " + account.imap().address() + " (folder " + account.folder()
                        + ") and " + account.smtp().address() + " as " + account.username() + "."))));
    }

    private static Optional<CheckResult> checkImap(MailAccount account) {
        try (IMAPStore store = MailSessions.imap(account, MailSessions.READ_TIMEOUT)) {
            Folder folder = store.getFolder(account.folder());
            if (!folder.exists()) {
                return Optional.of(CheckResult.failed(FOLDER, "The IMAP server has no folder named '"
                        + account.folder() + "'."));
            }
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.of(failure("IMAP", account.imap(), IMAP_HOST, IMAP_SECURITY, e));
        }
    }

    private static Optional<CheckResult> checkSmtp(MailAccount account) {
        try (Transport transport = MailSessions.smtp(MailSessions.session(account, MailSessions.READ_TIMEOUT),
                account)) {
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.of(failure("SMTP", account.smtp(), SMTP_HOST, SMTP_SECURITY, e));
        }
    }

    private static CheckResult failure(String protocol, MailServer server, String hostField, String securityField,
            MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return CheckResult.failed(PASSWORD, "The " + protocol + " server refused the user name or password.");
        }
        if (MailFailures.tls(e)) {
            return CheckResult.failed(securityField, "Could not make a secure connection to " + server.address()
                    + ": " + MailFailures.said(MailFailures.find(e, javax.net.ssl.SSLException.class).orElseThrow())
                    + ". Check the port and security.");
        }
        if (MailFailures.unreachable(e)) {
            return CheckResult.failed(hostField, "Could not reach " + server.address() + ".");
        }
        return CheckResult.failed(hostField, "The " + protocol + " server " + server.address() + " could not be"
                + " used: " + MailFailures.said(e));
    }

    private static CredentialField optional(String name, String label, String help, String value) {
        return CredentialField.optionalSetting(name, label, help, value);
    }
}
