package dev.platina.workflow.ui.internal;

import dev.platina.identity.api.Caller;
import dev.platina.notification.api.ApprovalButtons;
import dev.platina.notification.api.NotificationAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Deciding while offline: the page script that queues decisions and sends them when the connection is back, and the
 * one-time actions (signed tokens, as push notifications carry them) the cards hand it.
 */
final class OfflineDecisions {

    static final String SCRIPT = load("offline-decisions.js");

    private OfflineDecisions() {
    }

    /** The caller's Approve and Reject actions on the task; none when notifications are not installed. */
    static List<NotificationAction> actions(Caller caller, UUID approvalId) {
        try {
            return Services.borrow(ApprovalButtons.class, buttons -> buttons.forCaller(caller, approvalId));
        } catch (Services.Unavailable e) {
            // The inbox works online without them; only the offline queue needs the tokens.
            return List.of();
        }
    }

    private static String load(String name) {
        try (InputStream in = OfflineDecisions.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
