package dev.platina.skill.email.internal;

import dev.platina.integration.api.Connection;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * An organisation's mailbox as entered on the Connections screen: the IMAP server to watch, the SMTP server to send
 * through, the login both share, the sender address and the folder to watch. The password stays out of
 * {@link #toString()} and so out of logs.
 */
record MailAccount(MailServer imap, MailServer smtp, String username, String password, InternetAddress from,
        String folder) {

    static MailAccount of(Connection connection) {
        MailServer imap = server(connection, EmailConnector.IMAP_HOST, EmailConnector.IMAP_PORT,
                EmailConnector.IMAP_SECURITY, "993", "tls");
        MailServer smtp = server(connection, EmailConnector.SMTP_HOST, EmailConnector.SMTP_PORT,
                EmailConnector.SMTP_SECURITY, "587", "starttls");
        String username = required(connection, EmailConnector.USERNAME, "The user name is missing.");
        String password = connection.secret(EmailConnector.PASSWORD).filter(p -> !p.isEmpty()).orElseThrow(() ->
                new MailSettingException(EmailConnector.PASSWORD, "The password is missing."));
        String fromText = required(connection, EmailConnector.FROM, "The sender address is missing.");
        InternetAddress from;
        try {
            from = new InternetAddress(fromText, true);
        } catch (AddressException e) {
            throw new MailSettingException(EmailConnector.FROM, "'" + fromText + "' is not an e-mail address.");
        }
        String folder = connection.setting(EmailConnector.FOLDER).map(String::strip).filter(f -> !f.isEmpty())
                .orElse("INBOX");
        return new MailAccount(imap, smtp, username, password, from, folder);
    }

    /** The domain of the sender address, for the Message-IDs of mail sent from this mailbox. */
    String fromDomain() {
        String address = from.getAddress();
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
        return domain.matches("[a-z0-9.-]+") ? domain : "platina.local";
    }

    private static MailServer server(Connection connection, String hostField, String portField,
            String securityField, String defaultPort, String defaultSecurity) {
        String host = required(connection, hostField, "The server name is missing.");
        if (!host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            throw new MailSettingException(hostField, "'" + host + "' is not a server name.");
        }
        String portText = setting(connection, portField).orElse(defaultPort);
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw new MailSettingException(portField, "The port must be a number from 1 to 65535.");
        }
        Security security;
        try {
            security = Security.of(setting(connection, securityField).orElse(defaultSecurity));
        } catch (IllegalArgumentException e) {
            throw new MailSettingException(securityField, "The security must be tls, starttls or none.");
        }
        return new MailServer(host, port, security);
    }

    private static String required(Connection connection, String field, String missing) {
        return setting(connection, field).orElseThrow(() -> new MailSettingException(field, missing));
    }

    private static Optional<String> setting(Connection connection, String field) {
        return connection.setting(field).map(String::strip).filter(value -> !value.isEmpty());
    }

    @Override
    public String toString() {
        return "MailAccount[imap=" + imap.address() + " " + imap.security() + ", smtp=" + smtp.address() + " "
                + smtp.security() + ", username=" + username + ", password=(set), from=" + from.getAddress()
                + ", folder=" + folder + "]";
    }
}
