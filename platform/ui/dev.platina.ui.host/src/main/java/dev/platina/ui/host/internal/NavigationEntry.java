package dev.platina.ui.host.internal;

import com.vaadin.flow.component.Component;
import dev.platina.identity.api.Caller;
import dev.platina.ui.api.ViewContribution;
import java.util.Optional;

/** One item of the navigation: a built-in screen or a skill's view. */
public record NavigationEntry(
        String route,
        String title,
        String icon,
        String section,
        int order,
        Optional<String> requiredPermission,
        Class<? extends Component> view,
        boolean hiddenInTenants) {

    public static NavigationEntry of(ViewContribution contribution) {
        return new NavigationEntry(contribution.route(), contribution.title(), contribution.icon(),
                contribution.section(), contribution.order(), contribution.requiredPermission(), contribution.view(),
                false);
    }

    /** Whether the caller may see and open it; the same rule guards the navigation and the route. */
    public boolean allows(Caller caller, boolean inTenant) {
        return !(hiddenInTenants && inTenant) && requiredPermission.map(caller::has).orElse(true);
    }
}
