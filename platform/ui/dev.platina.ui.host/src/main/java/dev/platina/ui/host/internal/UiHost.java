package dev.platina.ui.host.internal;

import dev.platina.marketplace.api.SkillGate;
import org.osgi.framework.ServiceReference;
import dev.platina.identity.api.AuditTrail;
import dev.platina.identity.api.AuthenticationService;
import dev.platina.identity.api.OrganizationService;
import dev.platina.identity.api.RoleService;
import dev.platina.identity.api.TwoFactorService;
import dev.platina.identity.api.UserService;
import dev.platina.ui.api.SignOutStep;
import dev.platina.ui.api.ViewContribution;
import dev.platina.ui.host.internal.theme.ThemeRegistry;
import dev.platina.notification.api.BrandDirectory;
import dev.platina.ui.host.internal.theme.ThemeBrands;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the public origin while the identity services it signs people in with are there. */
@Component(immediate = true, service = {})
public final class UiHost {

    private static final Logger LOG = LoggerFactory.getLogger(UiHost.class);

    private final ContributedViews views = new ContributedViews();
    private final ThemeRegistry themes = new ThemeRegistry();
    private final SignOutSteps signOutSteps = new SignOutSteps();
    private final IslandServer server;
    private final ServiceRegistration<BrandDirectory> brands;

    @Activate
    public UiHost(@Reference AuthenticationService authentication, @Reference UserService users,
            @Reference RoleService roles, @Reference OrganizationService organizations, @Reference AuditTrail audit,
            @Reference TwoFactorService twoFactor, @Reference SkillGate skills, BundleContext context)
            throws Exception {
        IslandAddress address = IslandAddress.fromSystemProperties();
        themes.open(context);
        PlatinaServices services = new PlatinaServices(authentication, users, roles, organizations, audit, twoFactor,
                views, skills, themes, signOutSteps);
        server = new IslandServer(address, services, UiHost.class.getClassLoader());
        try {
            server.start();
        } catch (Exception e) {
            themes.close();
            throw e;
        }
        // Themes live here, so this bundle lends them to e-mails; no DS service, the registry is this component's.
        brands = context.registerService(BrandDirectory.class, new ThemeBrands(themes, organizations), null);
        LOG.info("Platina UI and API at http://{}:{}/ (API served on 127.0.0.1:{})", address.host(), address.port(),
                address.apiPort());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(ViewContribution contribution, ServiceReference<ViewContribution> reference) {
        views.add(contribution, reference.getBundle());
    }

    void removeView(ViewContribution contribution) {
        views.remove(contribution);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSignOutStep(SignOutStep step) {
        signOutSteps.add(step);
    }

    void removeSignOutStep(SignOutStep step) {
        signOutSteps.remove(step);
    }

    @Deactivate
    void stop() throws Exception {
        brands.unregister();
        server.stop();
        themes.close();
    }
}
