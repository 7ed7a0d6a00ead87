package dev.platina.skill.email.internal;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real IMAP and SMTP server (GreenMail) on free loopback ports, with the organisation's mailbox as a user. It can
 * go down and come back on the same ports (with an empty store, as a replaced server would).
 */
final class MailServers implements AutoCloseable {

    static final String MAILBOX = "support@acme.test";
    static final String PASSWORD = "app-password-4711";

    final int imapPort = freePort();
    final int smtpPort = freePort();
    private GreenMail mail;

    MailServers() {
        start();
    }

    GreenMail mail() {
        return mail;
    }

    GreenMailUser mailbox() {
        return mail.getUserManager().getUser(MAILBOX);
    }

    /** A mail arrives in the mailbox, written as raw RFC 5322 text. */
    void arrives(String raw) {
        mailbox().deliver(GreenMailUtil.newMimeMessage(raw.replace("\n", "\r\n")));
    }

    void goDown() {
        mail.stop();
    }

    void comeBack() {
        start();
    }

    /** The connection fields an administrator would enter for this server (no TLS: it is on this machine). */
    Map<String, String> fields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put(EmailConnector.IMAP_HOST, "127.0.0.1");
        fields.put(EmailConnector.IMAP_PORT, String.valueOf(imapPort));
        fields.put(EmailConnector.IMAP_SECURITY, "none");
        fields.put(EmailConnector.SMTP_HOST, "127.0.0.1");
        fields.put(EmailConnector.SMTP_PORT, String.valueOf(smtpPort));
        fields.put(EmailConnector.SMTP_SECURITY, "none");
        fields.put(EmailConnector.USERNAME, MAILBOX);
        fields.put(EmailConnector.PASSWORD, PASSWORD);
        fields.put(EmailConnector.FROM, "Acme Support <" + MAILBOX + ">");
        fields.put(EmailConnector.FOLDER, "INBOX");
        return fields;
    }

    @Override
    public void close() {
        mail.stop();
    }

    private void start() {
        mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.setUser(MAILBOX, MAILBOX, PASSWORD);
        mail.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
