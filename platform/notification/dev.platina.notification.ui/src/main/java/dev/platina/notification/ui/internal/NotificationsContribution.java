package dev.platina.notification.ui.internal;

import com.vaadin.flow.component.Component;
import dev.platina.ui.api.ViewContribution;

/** The Notifications screen, for everyone signed in (under Account, beside My profile). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class NotificationsContribution implements ViewContribution {

    static final String ROUTE = "notifications";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String title() {
        return "Notifications";
    }

    @Override
    public String icon() {
        return "vaadin:bell";
    }

    @Override
    public String section() {
        return "Account";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Class<? extends Component> view() {
        return NotificationsView.class;
    }
}
