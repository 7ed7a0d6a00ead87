package dev.platina.ui.host.internal;

import com.vaadin.flow.component.Component;
import dev.platina.identity.api.Caller;
import dev.platina.marketplace.api.SkillGate;
import dev.platina.ui.api.ViewContribution;
import java.util.Optional;
import org.osgi.framework.Bundle;

/** One item of the navigation: a built-in screen or a skill's view. */
public record NavigationEntry(
        String route,
        String title,
        String icon,
        String section,
        int order,
        Optional<String> requiredPermission,
        Class<? extends Component> view,
        boolean hiddenInTenants,
        Optional<Bundle> contributor) {

    public NavigationEntry(String route, String title, String icon, String section, int order,
            Optional<String> requiredPermission, Class<? extends Component> view, boolean hiddenInTenants) {
        this(route, title, icon, section, order, requiredPermission, view, hiddenInTenants, Optional.empty());
    }

    public static NavigationEntry of(ViewContribution contribution, Bundle contributor) {
        return new NavigationEntry(contribution.route(), contribution.title(), contribution.icon(),
                contribution.section(), contribution.order(), contribution.requiredPermission(), contribution.view(),
                false, Optional.ofNullable(contributor));
    }

    /**
     * Who the view acts for: the caller itself for platform screens; for a skill's view, the caller narrowed to what
     * the organisation granted the skill, or empty when the organisation has not enabled it (then the view does not
     * exist for this caller).
     */
    public Optional<Caller> actingFor(Caller caller, SkillGate gate) {
        return contributor.isEmpty() ? Optional.of(caller) : gate.actingFor(caller, contributor.get());
    }

    /** Whether the caller may see and open it; the same rule guards the navigation and the route. */
    public boolean allows(Caller caller, boolean inTenant) {
        return !(hiddenInTenants && inTenant) && requiredPermission.map(caller::has).orElse(true);
    }
}
