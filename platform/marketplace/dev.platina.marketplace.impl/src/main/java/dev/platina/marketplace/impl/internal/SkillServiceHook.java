package dev.platina.marketplace.impl.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Skills see only services that check the caller they are handed. Services that act without a caller (sign-in,
 * raw database and audit access, secrets, configuration, the features service) are invisible to skill bundles:
 * neither found nor announced, so DS never binds them to a skill's component.
 */
@Component(service = {FindHook.class, EventListenerHook.class})
public final class SkillServiceHook implements FindHook, EventListenerHook {

    static final Set<String> PRIVILEGED = Set.of(
            "dev.platina.identity.api.AuthenticationService",
            "dev.platina.identity.api.ApiTokenService",
            "dev.platina.identity.api.SessionService",
            "dev.platina.identity.api.TwoFactorService",
            "dev.platina.persistence.api.TenantTransactions",
            "dev.platina.audit.api.AuditLog",
            "dev.platina.core.api.SecretCipher",
            "dev.platina.marketplace.api.Marketplace",
            "dev.platina.marketplace.api.SkillEnablements",
            "dev.platina.marketplace.api.SkillGate",
            "javax.sql.DataSource",
            "org.osgi.service.component.runtime.ServiceComponentRuntime");
    static final Set<String> PRIVILEGED_PACKAGES = Set.of("org.osgi.service.cm.", "org.osgi.service.jdbc.",
            "org.apache.karaf.", "org.osgi.framework.hooks.");

    private final InstalledSkills skills;

    @Activate
    public SkillServiceHook(@Reference InstalledSkills skills) {
        this.skills = skills;
    }

    @Override
    public void find(BundleContext context, String name, String filter, boolean allServices,
            Collection<ServiceReference<?>> references) {
        if (isSkill(context)) {
            references.removeIf(SkillServiceHook::isPrivileged);
        }
    }

    @Override
    public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
        if (isPrivileged(event.getServiceReference())) {
            listeners.keySet().removeIf(this::isSkill);
        }
    }

    private boolean isSkill(BundleContext context) {
        try {
            Bundle bundle = context.getBundle();
            return bundle != null && skills.of(bundle).isPresent();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    static boolean isPrivileged(ServiceReference<?> reference) {
        Object classes = reference.getProperty(Constants.OBJECTCLASS);
        if (!(classes instanceof String[] names)) {
            return false;
        }
        for (String name : names) {
            if (PRIVILEGED.contains(name) || PRIVILEGED_PACKAGES.stream().anyMatch(name::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
