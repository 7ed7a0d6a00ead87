package dev.platina.integration.ui.internal;

import com.vaadin.flow.component.Component;
import dev.platina.identity.api.Permission;
import dev.platina.ui.api.ViewContribution;
import java.util.Optional;

/** Settings > Connections, for everyone who may read workflows; only administrators change connections there. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ConnectionsContribution implements ViewContribution {

    static final String ROUTE = "settings/connections";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String title() {
        return "Connections";
    }

    @Override
    public String icon() {
        return "vaadin:connect";
    }

    @Override
    public String section() {
        return "Settings";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(Permission.WORKFLOWS_READ);
    }

    @Override
    public Class<? extends Component> view() {
        return ConnectionsView.class;
    }
}
