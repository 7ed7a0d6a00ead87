package dev.platina.skill.email.internal;

import java.util.Locale;
import java.util.Properties;

/**
 * How a mail server connection is protected: {@code tls} from the first byte (IMAP 993, SMTP 465), {@code starttls}
 * upgraded after the greeting and required (SMTP 587, IMAP 143), or {@code none}, for local servers and tests only.
 */
enum Security {
    TLS,
    STARTTLS,
    NONE;

    static Security of(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be tls, starttls or none");
        }
    }

    /** Jakarta Mail's protocol name: {@code imaps}/{@code smtps} for implicit TLS. */
    String protocol(String plain) {
        return this == TLS ? plain + "s" : plain;
    }

    void applyTo(Properties properties, String protocol) {
        String prefix = "mail." + protocol + ".";
        switch (this) {
            case TLS -> {
                properties.put(prefix + "ssl.enable", "true");
                properties.put(prefix + "ssl.checkserveridentity", "true");
            }
            case STARTTLS -> {
                // Required, not merely enabled: a server (or a man in the middle) that drops STARTTLS must not get
                // the password in clear text.
                properties.put(prefix + "starttls.enable", "true");
                properties.put(prefix + "starttls.required", "true");
                properties.put(prefix + "ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
    }
}
