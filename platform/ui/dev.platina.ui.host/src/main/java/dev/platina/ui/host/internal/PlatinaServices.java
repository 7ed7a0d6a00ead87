package dev.platina.ui.host.internal;

import dev.platina.marketplace.api.SkillGate;
import com.vaadin.flow.server.VaadinService;
import dev.platina.identity.api.AuditTrail;
import dev.platina.identity.api.AuthenticationService;
import dev.platina.identity.api.OrganizationService;
import dev.platina.identity.api.RoleService;
import dev.platina.identity.api.TwoFactorService;
import dev.platina.identity.api.UserService;
import dev.platina.ui.host.internal.theme.ThemeRegistry;

/**
 * The platform services the UI's views and presenters call. Views are created by Vaadin, not by DS, so the UI
 * host puts this into the Vaadin context and views look it up with {@link #current()}.
 */
public record PlatinaServices(
        AuthenticationService authentication,
        UserService users,
        RoleService roles,
        OrganizationService organizations,
        AuditTrail audit,
        TwoFactorService twoFactor,
        ContributedViews views,
        SkillGate skills,
        ThemeRegistry themes,
        SignOutSteps signOutSteps) {

    public static PlatinaServices current() {
        PlatinaServices services = VaadinService.getCurrent().getContext().getAttribute(PlatinaServices.class);
        if (services == null) {
            throw new IllegalStateException("The UI host has not started");
        }
        return services;
    }
}
