package dev.platina.identity.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import dev.platina.identity.api.SessionInfo;
import dev.platina.identity.api.SessionService;
import java.util.List;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Live sessions and tokens of an organisation. */
@Component(service = SessionService.class)
public final class DefaultSessionService implements SessionService {

    private final IdentityPersistence persistence;
    private final PermissionGuard guard;
    private final AuditLog audit;

    @Activate
    public DefaultSessionService(@Reference IdentityPersistence persistence, @Reference AuditLog audit) {
        this.persistence = persistence;
        this.guard = new PermissionGuard(audit);
        this.audit = audit;
    }

    @Override
    public List<SessionInfo> list(Caller caller) {
        guard.require(caller, Permission.SESSIONS_READ, "session.list", "organization", caller.organization());
        return persistence.sql(caller.organization(), c -> CredentialStore.listActive(c, null, null)).stream()
                .map(s -> new SessionInfo(s.id(), s.userId(), s.username(), s.kind().toLowerCase(), s.createdAt(),
                        s.lastUsedAt(), s.expiresAt()))
                .toList();
    }

    @Override
    public void revoke(Caller caller, UUID sessionId) {
        UUID owner = caller.has(Permission.USERS_WRITE) ? null : caller.userId();
        int revoked = persistence.sql(caller.organization(), c -> CredentialStore.revokeById(c, sessionId, owner));
        if (revoked == 0) {
            throw new NotFoundException("Session " + sessionId);
        }
        audit.record(AuditEvents.by(caller, "session.revoke").target("session", sessionId.toString()).build());
    }
}
