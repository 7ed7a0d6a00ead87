package dev.platina.workflow.ui.internal;

import com.vaadin.flow.component.Component;
import dev.platina.identity.api.Permission;
import dev.platina.ui.api.ViewContribution;
import java.util.Optional;

/** The runs screen, for everyone who may see workflows and their runs. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class RunsContribution implements ViewContribution {

    static final String ROUTE = "runs";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String title() {
        return "Runs";
    }

    @Override
    public String icon() {
        return "vaadin:flow-tree";
    }

    @Override
    public String section() {
        return "Work";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(Permission.WORKFLOWS_READ);
    }

    @Override
    public Class<? extends Component> view() {
        return RunsView.class;
    }
}
