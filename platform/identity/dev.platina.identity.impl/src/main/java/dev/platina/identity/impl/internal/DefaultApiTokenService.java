package dev.platina.identity.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.ApiToken;
import dev.platina.identity.api.ApiTokenService;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.IssuedApiToken;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Personal API tokens, created from a signed-in session with at most the permissions the user holds. */
@Component(service = ApiTokenService.class)
public final class DefaultApiTokenService implements ApiTokenService {

    static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    static final Duration MAX_LIFETIME = Duration.ofDays(365);

    private final IdentityPersistence persistence;
    private final PermissionGuard guard;
    private final AuditLog audit;

    @Activate
    public DefaultApiTokenService(@Reference IdentityPersistence persistence, @Reference AuditLog audit) {
        this.persistence = persistence;
        this.guard = new PermissionGuard(audit);
        this.audit = audit;
    }

    @Override
    public IssuedApiToken create(Caller caller, String name, Set<String> permissions, Duration lifetime) {
        if (caller.kind() != Caller.Kind.USER) {
            throw InvalidInputException.of("caller", "API tokens are created by a signed-in user, not by a token");
        }
        Duration effective = lifetime == null ? DEFAULT_LIFETIME : lifetime;
        new Validation()
                .require(name != null && !name.isBlank() && name.length() <= 100, "name",
                        "give the token a name of 1-100 characters, e.g. what script uses it")
                .require(permissions != null && !permissions.isEmpty(), "permissions",
                        "name the permissions the token may use")
                .require(!effective.isNegative() && !effective.isZero() && effective.compareTo(MAX_LIFETIME) <= 0,
                        "expiresInDays", "must be between 1 and " + MAX_LIFETIME.toDays())
                .throwIfInvalid();
        var unknown = new LinkedHashSet<>(permissions);
        unknown.removeIf(Permission::isKnown);
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("permissions", "unknown: " + String.join(", ", unknown));
        }
        var missing = new LinkedHashSet<>(permissions);
        missing.removeAll(caller.permissions());
        if (!missing.isEmpty()) {
            guard.deny(caller, missing.iterator().next(), "apitoken.create", "user", caller.userId(),
                    "A token cannot carry permissions you do not hold (" + String.join(", ", missing) + ").");
        }
        String secret = Tokens.issue(caller.organization());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant expiresAt = now.plus(effective);
        UUID id = persistence.sql(caller.organization(), c -> CredentialStore.insertApiToken(c,
                caller.organization().value(), caller.userId(), Tokens.hash(secret), name.trim(), permissions,
                expiresAt));
        audit.record(AuditEvents.by(caller, "apitoken.create").target("apitoken", id.toString())
                .detail("name", name.trim()).detail("permissions", String.join(",", permissions))
                .detail("expiresAt", expiresAt).build());
        return new IssuedApiToken(new ApiToken(id, name.trim(), Set.copyOf(permissions), now, expiresAt, now),
                secret);
    }

    @Override
    public List<ApiToken> list(Caller caller) {
        if (caller.userId() == null) {
            return List.of();
        }
        return persistence.sql(caller.organization(), c -> CredentialStore.listActive(c, caller.userId(),
                "API_TOKEN")).stream()
                .map(t -> new ApiToken(t.id(), t.name(), t.permissions(), t.createdAt(), t.expiresAt(),
                        t.lastUsedAt()))
                .toList();
    }

    @Override
    public void revoke(Caller caller, UUID tokenId) {
        int revoked = persistence.sql(caller.organization(), c -> CredentialStore.revokeById(c, tokenId,
                caller.userId()));
        if (revoked == 0) {
            throw new NotFoundException("API token " + tokenId);
        }
        audit.record(AuditEvents.by(caller, "apitoken.revoke").target("apitoken", tokenId.toString()).build());
    }
}
