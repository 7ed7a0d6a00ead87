package dev.platina.notification.ui.internal;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import dev.platina.identity.api.Caller;
import dev.platina.ui.api.UiSession;

/** The signed-in person's notification settings: push on this device, channels, quiet hours. */
@PageTitle("Notifications")
public final class NotificationsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public NotificationsView() {
        setId("notifications-view");
        setMaxWidth("40rem");
        add(new H2("Notifications"));
        Caller caller = UiSession.caller().orElse(null);
        if (caller == null || caller.userId() == null) {
            add(new Paragraph("Notification settings belong to a person; sign in with your own account."));
            return;
        }
        add(new DevicePush(caller), new PreferencesForm(caller));
    }
}
