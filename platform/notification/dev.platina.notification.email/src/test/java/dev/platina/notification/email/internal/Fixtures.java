package dev.platina.notification.email.internal;

import dev.platina.notification.api.Notification;
import dev.platina.notification.api.NotificationAction;
import dev.platina.notification.api.Recipient;
import dev.platina.persistence.api.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Recipients, notifications and channels as the tests need them. */
final class Fixtures {

    static final String ORIGIN = "https://acme.platina.test";

    private Fixtures() {
    }

    static Recipient recipient(String email) {
        return new Recipient(new TenantId(UUID.randomUUID()), "Acme & Co", UUID.randomUUID(), "dana", "Dana Doe",
                Optional.ofNullable(email));
    }

    static Notification approvalPending(String title) {
        return new Notification("approval.pending", title, "Invoice 42 for 1,200 EUR waits for you.\n\nDue Friday.",
                Optional.of("/approvals/42"), List.of(
                        new NotificationAction("approve", "Approve", "/api/notifications/act", "token-a"),
                        new NotificationAction("reject", "Reject", "/api/notifications/act", "token-r")));
    }

    static SmtpSettings settings(int port, StartTls startTls, String username, String password) {
        return new SmtpSettings("127.0.0.1", port, startTls, username, password,
                SmtpSettings.parseSender("Platina <no-reply@platina.test>"), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
    }

    static EmailChannel channel(SmtpSettings settings) {
        return new EmailChannel(settings, new AppLinks(ORIGIN), new ThemedBrands(new Brand("Platina", "#0F766E")));
    }

    static EmailChannel plainChannel(int port) {
        return channel(settings(port, StartTls.OFF, "", ""));
    }
}
