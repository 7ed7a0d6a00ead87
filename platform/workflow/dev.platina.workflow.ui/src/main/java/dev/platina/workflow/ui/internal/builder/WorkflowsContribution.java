package dev.platina.workflow.ui.internal.builder;

import com.vaadin.flow.component.Component;
import dev.platina.identity.api.Permission;
import dev.platina.ui.api.ViewContribution;
import java.util.Optional;

/** The workflows list and builder, for everyone who may see workflows; editing needs workflows:edit. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class WorkflowsContribution implements ViewContribution {

    static final String ROUTE = "workflows";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String title() {
        return "Workflows";
    }

    @Override
    public String icon() {
        return "vaadin:connect";
    }

    @Override
    public String section() {
        return "Work";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(Permission.WORKFLOWS_READ);
    }

    @Override
    public Class<? extends Component> view() {
        return WorkflowsView.class;
    }
}
