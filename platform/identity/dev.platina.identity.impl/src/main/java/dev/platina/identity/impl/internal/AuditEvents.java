package dev.platina.identity.impl.internal;

import dev.platina.audit.api.AuditEvent;
import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.TenantId;

/** Audit events attributed to a caller: actor and request id filled in. */
final class AuditEvents {

    private AuditEvents() {
    }

    static AuditEvent.Builder by(Caller caller, String action) {
        return by(caller, caller.organization(), action);
    }

    /** An event recorded in {@code organization}'s trail, e.g. a parent's record of creating a child. */
    static AuditEvent.Builder by(Caller caller, TenantId organization, String action) {
        return AuditEvent.of(organization, action)
                .actor(caller.userId() == null ? null : caller.userId().toString(), caller.username())
                .requestId(caller.requestId());
    }
}
