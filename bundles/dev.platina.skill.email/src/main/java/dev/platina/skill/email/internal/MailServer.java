package dev.platina.skill.email.internal;

import java.util.Objects;

/** Where one of the two servers listens and how the connection to it is protected. */
record MailServer(String host, int port, Security security) {

    MailServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
    }

    /** {@code imap.example.com:993}, as messages name the server. */
    String address() {
        return host + ":" + port;
    }
}
