package dev.platina.identity.api;

import dev.platina.audit.api.AuditEvent;
import dev.platina.persistence.api.TenantId;

/** Audit events attributed to a caller: the actor and the request id filled in, so every service records alike. */
public final class AuditEvents {

    private AuditEvents() {
    }

    /** An event in the caller's own organisation's trail. */
    public static AuditEvent.Builder by(Caller caller, String action) {
        return by(caller, caller.organization(), action);
    }

    /** An event recorded in {@code organization}'s trail, e.g. a parent's record of creating a child. */
    public static AuditEvent.Builder by(Caller caller, TenantId organization, String action) {
        return AuditEvent.of(organization, action)
                .actor(caller.userId() == null ? null : caller.userId().toString(), caller.username())
                .requestId(caller.requestId());
    }
}
