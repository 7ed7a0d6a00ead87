package dev.platina.identity.api;

import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.core.api.AccessDeniedException;

/**
 * Checks a permission in a service and records every refusal in the caller's audit trail, so REST, UI, shell and
 * skills meet the same check and the same message.
 */
public final class PermissionGuard {

    private final AuditLog audit;

    public PermissionGuard(AuditLog audit) {
        this.audit = audit;
    }

    public void require(Caller caller, String permission, String action, String targetType, Object targetId) {
        if (!caller.has(permission)) {
            deny(caller, permission, action, targetType, targetId, "This needs the permission '" + permission + "' ("
                    + Permission.describe(permission).toLowerCase() + "). Ask an administrator of your organisation.");
        }
    }

    /** Refuses for a reason other than a missing permission (e.g. granting more than one holds). */
    public void deny(Caller caller, String permission, String action, String targetType, Object targetId,
            String message) {
        audit.record(AuditEvents.by(caller, action)
                .target(targetType, targetId == null ? null : targetId.toString())
                .outcome(AuditOutcome.DENIED)
                .detail("permission", permission)
                .build());
        throw new AccessDeniedException(permission, message);
    }
}
