package dev.platina.notification.email.internal;

import java.util.List;
import java.util.Optional;

/**
 * What one e-mail says, ready for both renderings: texts as the notification gave them (each rendering escapes
 * for itself) and links already made absolute on the app's origin.
 */
record EmailView(String organization, Optional<String> greetingName, String title, String body,
        Optional<String> link, List<ActionLink> actions, Brand brand, String home) {

    EmailView {
        actions = List.copyOf(actions);
    }

    /** An action of the notification, shown as a link into the app, where the person decides. */
    record ActionLink(String label, String url) {
    }
}
