package dev.platina.notification.email.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/** Where and how to hand mail over; the password stays out of {@link #toString()} and therefore out of logs. */
record SmtpSettings(String host, int port, StartTls startTls, String username, String password,
        InternetAddress from, Duration connectTimeout, Duration readTimeout) {

    SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(startTls, "startTls");
        Objects.requireNonNull(from, "from");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, not " + port);
        }
    }

    static SmtpSettings from(EmailConfiguration config) {
        return new SmtpSettings(config.host().trim(), config.port(), StartTls.parse(config.startTls()),
                config.username(), config.password(), parseSender(config.from()),
                Duration.ofSeconds(config.connectTimeoutSeconds()), Duration.ofSeconds(config.readTimeoutSeconds()));
    }

    static InternetAddress parseSender(String text) {
        try {
            return new InternetAddress(text, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(
                    "from is not an e-mail address: '" + text + "' (" + e.getMessage() + ")");
        }
    }

    boolean logsIn() {
        return !username.isEmpty();
    }

    /** "host:port", the way failures name the server. */
    String server() {
        return host + ":" + port;
    }

    Properties sessionProperties() {
        var smtp = new Properties();
        smtp.put("mail.smtp.host", host);
        smtp.put("mail.smtp.port", String.valueOf(port));
        smtp.put("mail.smtp.auth", String.valueOf(logsIn()));
        smtp.put("mail.smtp.connectiontimeout", String.valueOf(connectTimeout.toMillis()));
        smtp.put("mail.smtp.timeout", String.valueOf(readTimeout.toMillis()));
        // Without a write timeout a server that stops reading would hold the sending thread for ever.
        smtp.put("mail.smtp.writetimeout", String.valueOf(readTimeout.toMillis()));
        smtp.put("mail.smtp.from", from.getAddress());
        startTls.applyTo(smtp);
        return smtp;
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + server() + ", startTls=" + startTls + ", username=" + username + ", password="
                + (password.isEmpty() ? "(none)" : "(set)") + ", from=" + from + "]";
    }
}
