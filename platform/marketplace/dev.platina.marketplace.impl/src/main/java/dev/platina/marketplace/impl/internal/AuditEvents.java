package dev.platina.marketplace.impl.internal;

import dev.platina.audit.api.AuditEvent;
import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.TenantId;

/** Audit events attributed to a caller: actor and request id filled in. */
final class AuditEvents {

    private AuditEvents() {
    }

    static AuditEvent.Builder by(Caller caller, TenantId organization, String action) {
        return AuditEvent.of(organization, action)
                .actor(caller.userId() == null ? null : caller.userId().toString(), caller.username())
                .requestId(caller.requestId());
    }
}
