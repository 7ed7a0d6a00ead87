package dev.platina.notification.email.internal;

import java.util.Locale;
import java.util.Properties;

/** Whether the SMTP connection is upgraded to TLS with STARTTLS. */
enum StartTls {
    REQUIRED,
    OPTIONAL,
    OFF;

    static StartTls parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("startTls must be required, optional or off, not '" + text + "'");
        }
    }

    void applyTo(Properties smtp) {
        smtp.put("mail.smtp.starttls.enable", String.valueOf(this != OFF));
        smtp.put("mail.smtp.starttls.required", String.valueOf(this == REQUIRED));
        // A certificate that does not name the host proves nothing about who reads the mail.
        smtp.put("mail.smtp.ssl.checkserveridentity", "true");
        smtp.put("mail.smtp.ssl.protocols", "TLSv1.3 TLSv1.2");
    }
}
