package dev.platina.marketplace.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.core.api.AccessDeniedException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationService;
import dev.platina.identity.api.Permission;
import dev.platina.persistence.api.TenantId;

/** Who may change the installed skills: holders of {@code marketplace:install} in the platform organisation. */
final class Operators {

    private final OrganizationService organizations;
    private final AuditLog audit;
    private volatile TenantId platform;

    Operators(OrganizationService organizations, AuditLog audit) {
        this.organizations = organizations;
        this.audit = audit;
    }

    TenantId platform() {
        TenantId known = platform;
        if (known == null) {
            known = new TenantId(organizations.findBySlug(Organization.PLATFORM_SLUG).orElseThrow().id());
            platform = known;
        }
        return known;
    }

    boolean isOperator(Caller caller) {
        return caller.has(Permission.MARKETPLACE_INSTALL) && caller.organization().equals(platform());
    }

    void require(Caller caller, String action, String skillId) {
        if (isOperator(caller)) {
            return;
        }
        audit.record(AuditEvents.by(caller, caller.organization(), action).target("skill", skillId)
                .outcome(AuditOutcome.DENIED).detail("permission", Permission.MARKETPLACE_INSTALL).build());
        throw new AccessDeniedException(Permission.MARKETPLACE_INSTALL, "Only the operator of this installation"
                + " (an Admin of the platform organisation) installs, upgrades and removes skills. Ask your provider to"
                + " install it; your admin can then enable it for your organisation.");
    }
}
