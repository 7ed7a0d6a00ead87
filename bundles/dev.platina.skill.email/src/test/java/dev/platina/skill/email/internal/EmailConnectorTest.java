package dev.platina.skill.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.integration.api.CheckResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connection check signs in to a real IMAP and SMTP server and says in plain words what failed. */
class EmailConnectorTest {

    private MailServers servers;
    private final EmailConnector connector = new EmailConnector();

    @BeforeEach
    void start() {
        servers = new MailServers();
    }

    @AfterEach
    void stop() {
        servers.close();
    }

    @Test
    void aWorkingMailboxPasses() throws Exception {
        CheckResult result = connector.check(MailboxConnection.of(servers.fields()));

        assertThat(result.ok()).as(result.message()).isTrue();
        assertThat(result.message()).isEqualTo("Signed in to 127.0.0.1:" + servers.imapPort + " (folder INBOX)"
                + " and 127.0.0.1:" + servers.smtpPort + " as support@acme.test.");
    }

    @Test
    void aWrongPasswordIsNamed() throws Exception {
        CheckResult result = connector.check(MailboxConnection.of(with(EmailConnector.PASSWORD, "guess")));

        assertThat(result).isEqualTo(CheckResult.failed("password", "The IMAP server refused the user name or"
                + " password."));
    }

    @Test
    void anUnreachableServerIsNamedWithItsPort() throws Exception {
        int closed = closedPort();

        assertThat(connector.check(MailboxConnection.of(with(EmailConnector.IMAP_PORT, String.valueOf(closed)))))
                .isEqualTo(CheckResult.failed("imapHost", "Could not reach 127.0.0.1:" + closed + "."));
        assertThat(connector.check(MailboxConnection.of(with(EmailConnector.SMTP_PORT, String.valueOf(closed)))))
                .isEqualTo(CheckResult.failed("smtpHost", "Could not reach 127.0.0.1:" + closed + "."));
    }

    @Test
    void aMissingFolderAndUnusableSettingsAreNamed() throws Exception {
        assertThat(connector.check(MailboxConnection.of(with(EmailConnector.FOLDER, "Tickets"))))
                .isEqualTo(CheckResult.failed("folder", "The IMAP server has no folder named 'Tickets'."));
        assertThat(connector.check(MailboxConnection.of(with(EmailConnector.SMTP_SECURITY, "ssl"))))
                .isEqualTo(CheckResult.failed("smtpSecurity", "The security must be tls, starttls or none."));
        assertThat(connector.check(MailboxConnection.of(with(EmailConnector.FROM, "support at acme"))))
                .isEqualTo(CheckResult.failed("fromAddress", "'support at acme' is not an e-mail address."));
    }

    @Test
    void starttlsIsRequiredNotMerelyTried() throws Exception {
        // GreenMail's plain SMTP offers no STARTTLS: the password must not go out in clear text.
        CheckResult result = connector.check(MailboxConnection.of(with(EmailConnector.SMTP_SECURITY,
                "starttls")));

        assertThat(result.ok()).isFalse();
        assertThat(result.field()).isEqualTo(Optional.of("smtpHost"));
        assertThat(result.message()).startsWith("The SMTP server 127.0.0.1:" + servers.smtpPort + " could not be"
                + " used: ").containsIgnoringCase("STARTTLS");
    }

    private Map<String, String> with(String field, String value) {
        var fields = new HashMap<>(servers.fields());
        fields.put(field, value);
        return fields;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
