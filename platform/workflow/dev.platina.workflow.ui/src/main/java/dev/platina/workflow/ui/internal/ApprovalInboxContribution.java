package dev.platina.workflow.ui.internal;

import com.vaadin.flow.component.Component;
import dev.platina.identity.api.Permission;
import dev.platina.ui.api.ViewContribution;
import java.util.Optional;

/** The approval inbox, for everyone who may decide approvals (notifications link to it: /approvals?task=<id>). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ApprovalInboxContribution implements ViewContribution {

    static final String ROUTE = "approvals";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String title() {
        return "Approvals";
    }

    @Override
    public String icon() {
        return "vaadin:check-square-o";
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
        return Optional.of(Permission.APPROVALS_DECIDE);
    }

    @Override
    public Class<? extends Component> view() {
        return ApprovalInboxView.class;
    }
}
