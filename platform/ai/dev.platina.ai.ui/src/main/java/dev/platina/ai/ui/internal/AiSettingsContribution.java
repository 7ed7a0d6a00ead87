package dev.platina.ai.ui.internal;

import com.vaadin.flow.component.Component;
import dev.platina.identity.api.Permission;
import dev.platina.ui.api.ViewContribution;
import java.util.Optional;

/** Settings > AI, for everyone who may read workflows; only administrators get to change the settings there. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class AiSettingsContribution implements ViewContribution {

    static final String ROUTE = "settings/ai";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String title() {
        return "AI";
    }

    @Override
    public String icon() {
        return "vaadin:lightbulb";
    }

    @Override
    public String section() {
        return "Settings";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(Permission.WORKFLOWS_READ);
    }

    @Override
    public Class<? extends Component> view() {
        return AiSettingsView.class;
    }
}
