package dev.platina.identity.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditPage;
import dev.platina.audit.api.AuditQuery;
import dev.platina.audit.api.ChainVerification;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.AuditTrail;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reading the trail needs {@code audit:read}; verifying it is itself recorded. */
@Component(service = AuditTrail.class)
public final class DefaultAuditTrail implements AuditTrail {

    private final AuditLog audit;
    private final PermissionGuard guard;

    @Activate
    public DefaultAuditTrail(@Reference AuditLog audit) {
        this.audit = audit;
        this.guard = new PermissionGuard(audit);
    }

    @Override
    public AuditPage find(Caller caller, AuditQuery query) {
        guard.require(caller, Permission.AUDIT_READ, "audit.read", "organization", caller.organization());
        return audit.find(caller.organization(), query);
    }

    @Override
    public ChainVerification verify(Caller caller) {
        guard.require(caller, Permission.AUDIT_READ, "audit.verify", "organization", caller.organization());
        ChainVerification result = audit.verify(caller.organization());
        audit.record(AuditEvents.by(caller, "audit.verify").target("organization", caller.organization().toString())
                .outcome(result.intact() ? dev.platina.audit.api.AuditOutcome.SUCCESS
                        : dev.platina.audit.api.AuditOutcome.FAILURE)
                .detail("eventsChecked", result.eventsChecked()).build());
        return result;
    }
}
