package dev.platina.identity.impl.internal;

import dev.platina.audit.api.AuditEvent;
import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.LimitExceededException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.AuthenticationService;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.LoginResult;
import dev.platina.identity.api.Organization;
import dev.platina.persistence.api.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Sign-in with Argon2id passwords and lockout after repeated failures; bearer tokens resolved to a fresh
 * {@link Caller} on every request, so a role change, a disabled account or a suspended organisation takes effect
 * on the very next request.
 */
@Component(service = AuthenticationService.class, configurationPid = AuthenticationConfiguration.PID)
@Designate(ocd = AuthenticationConfiguration.class)
public final class DefaultAuthenticationService implements AuthenticationService {

    static final String WRONG_CREDENTIALS = "The organisation, username or password is not right.";
    private static final Duration TOUCH_INTERVAL = Duration.ofSeconds(60);

    private final IdentityPersistence persistence;
    private final PasswordHasher hasher;
    private final DefaultTwoFactorService twoFactor;
    private final AuditLog audit;
    private final AuthenticationConfiguration configuration;
    private final AddressThrottle throttle;

    @Activate
    public DefaultAuthenticationService(@Reference IdentityPersistence persistence,
            @Reference DefaultTwoFactorService twoFactor, @Reference AuditLog audit,
            AuthenticationConfiguration configuration) {
        this(persistence, new PasswordHasher(), twoFactor, audit, configuration);
    }

    DefaultAuthenticationService(IdentityPersistence persistence, PasswordHasher hasher,
            DefaultTwoFactorService twoFactor, AuditLog audit, AuthenticationConfiguration configuration) {
        this.persistence = persistence;
        this.hasher = hasher;
        this.twoFactor = twoFactor;
        this.audit = audit;
        this.configuration = configuration;
        this.throttle = new AddressThrottle(configuration.maxFailedLoginsPerAddress(),
                Duration.ofMinutes(configuration.addressWindowMinutes()));
    }

    @Override
    public LoginResult login(String organizationSlug, String username, String password, String totp,
            String requestId, String clientAddress) {
        throttle.check(clientAddress);
        try {
            return attempt(organizationSlug, username, password, totp, requestId, clientAddress);
        } catch (AuthenticationFailedException | LimitExceededException e) {
            throttle.failed(clientAddress);
            throw e;
        }
    }

    private LoginResult attempt(String organizationSlug, String username, String password, String totp,
            String requestId, String clientAddress) {
        Optional<Organization> organization = organizationSlug == null ? Optional.empty()
                : persistence.platformSql(c -> OrganizationStore.bySlug(c, organizationSlug));
        if (organization.isEmpty() || username == null || password == null) {
            hasher.verifyNothing(password == null ? "" : password);
            throw new AuthenticationFailedException(WRONG_CREDENTIALS);
        }
        TenantId tenant = new TenantId(organization.get().id());
        Optional<UserEntity> found = persistence.jpa(tenant, em -> em
                .createQuery("SELECT u FROM UserEntity u WHERE u.username = :name", UserEntity.class)
                .setParameter("name", username).getResultList().stream().findFirst());
        if (found.isEmpty()) {
            hasher.verifyNothing(password);
            recordLogin(tenant, null, username, requestId, clientAddress, AuditOutcome.FAILURE, "unknown user");
            throw new AuthenticationFailedException(WRONG_CREDENTIALS);
        }
        UserEntity user = found.get();
        OffsetDateTime lockedUntil = user.lockedUntil();
        if (lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now())) {
            recordLogin(tenant, user, username, requestId, clientAddress, AuditOutcome.FAILURE, "account locked");
            throw locked(Duration.between(OffsetDateTime.now(), lockedUntil));
        }
        if (!hasher.verify(password, user.passwordHash())) {
            boolean nowLocked = persistence.jpa(tenant, em -> {
                UserEntity fresh = DefaultUserService.find(em, user.id());
                fresh.recordFailedLogin(configuration.maxFailedLogins(),
                        OffsetDateTime.now().plusMinutes(configuration.lockoutMinutes()));
                return fresh.lockedUntil() != null;
            });
            recordLogin(tenant, user, username, requestId, clientAddress, AuditOutcome.FAILURE,
                    nowLocked ? "wrong password; account locked" : "wrong password");
            if (nowLocked) {
                throw locked(Duration.ofMinutes(configuration.lockoutMinutes()));
            }
            throw new AuthenticationFailedException(WRONG_CREDENTIALS);
        }
        if (!user.enabled()) {
            recordLogin(tenant, user, username, requestId, clientAddress, AuditOutcome.FAILURE, "account disabled");
            throw new AuthenticationFailedException("This account is disabled. Ask an administrator of your"
                    + " organisation to enable it.");
        }
        if (organization.get().status() != Organization.Status.ACTIVE) {
            recordLogin(tenant, user, username, requestId, clientAddress, AuditOutcome.FAILURE,
                    "organisation suspended");
            throw new AuthenticationFailedException("Your organisation's access is suspended. Contact your"
                    + " provider to have it restored; your data is kept.");
        }
        if (user.totpEnabled()) {
            requireSecondFactor(tenant, user, username, totp, requestId, clientAddress);
        }
        String token = Tokens.issue(tenant);
        Instant expiresAt = Instant.now().plus(Duration.ofHours(configuration.sessionAbsoluteHours()));
        String rehash = hasher.needsRehash(user.passwordHash()) ? hasher.hash(password) : null;
        Caller caller = persistence.jpa(tenant, em -> {
            UserEntity fresh = DefaultUserService.find(em, user.id());
            fresh.recordSuccessfulLogin();
            if (rehash != null) {
                fresh.setPasswordHash(rehash);
            }
            java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
            Jdbc.on(connection, c -> {
                CredentialStore.insertSession(c, tenant.value(), user.id(), Tokens.hash(token), expiresAt);
                return null;
            });
            return callerFor(tenant, fresh.id(), fresh.username(), fresh.roles(), null,
                    Jdbc.on(connection, c -> CustomRoles.loadFor(c, fresh.roles())),
                    Caller.Kind.USER, requestId, organization.get().totpRequired() && !fresh.totpEnabled());
        });
        recordLogin(tenant, user, username, requestId, clientAddress, AuditOutcome.SUCCESS, null);
        return new LoginResult(token, expiresAt, caller);
    }

    @Override
    public Optional<Caller> authenticate(String bearerToken, String requestId) {
        Optional<TenantId> tenant = Tokens.organizationOf(bearerToken);
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        byte[] hash = Tokens.hash(bearerToken);
        Duration idle = Duration.ofMinutes(configuration.sessionIdleMinutes());
        return persistence.sql(tenant.get(), c -> {
            Optional<Organization> organization = OrganizationStore.byId(c, tenant.get().value());
            if (organization.isEmpty() || organization.get().status() != Organization.Status.ACTIVE) {
                return Optional.empty();
            }
            Optional<CredentialStore.Active> active = CredentialStore.findActive(c, hash, idle);
            if (active.isEmpty()) {
                return Optional.empty();
            }
            CredentialStore.Active credential = active.get();
            if (credential.lastUsedAt().isBefore(Instant.now().minus(TOUCH_INTERVAL))) {
                CredentialStore.touch(c, credential.id());
            }
            Caller.Kind kind = "SESSION".equals(credential.kind()) ? Caller.Kind.USER : Caller.Kind.API_TOKEN;
            return Optional.of(callerFor(tenant.get(), credential.userId(), credential.username(), credential.roles(),
                    credential.tokenPermissions(), CustomRoles.loadFor(c, credential.roles()), kind, requestId,
                    organization.get().totpRequired() && !credential.totpEnabled()));
        });
    }

    @Override
    public Optional<Caller> actingUser(TenantId organization, java.util.UUID userId, String purpose) {
        return persistence.jpa(organization, em -> {
            java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
            Optional<Organization> found = Jdbc.on(connection, c -> OrganizationStore.byId(c, organization.value()));
            UserEntity user = em.find(UserEntity.class, userId.toString());
            if (found.isEmpty() || found.get().status() != Organization.Status.ACTIVE || user == null
                    || !user.enabled()) {
                return Optional.<Caller>empty();
            }
            return Optional.of(callerFor(organization, userId, user.username(), user.roles(), null,
                    Jdbc.on(connection, c -> CustomRoles.loadFor(c, user.roles())), Caller.Kind.USER, purpose,
                    found.get().totpRequired() && !user.totpEnabled()));
        });
    }

    @Override
    public void logout(Caller caller, String bearerToken) {
        int revoked = persistence.sql(caller.organization(), c -> CredentialStore.revokeByHash(c,
                Tokens.hash(bearerToken)));
        if (revoked > 0) {
            audit.record(AuditEvents.by(caller, "auth.logout").target("user", String.valueOf(caller.userId()))
                    .build());
        }
    }

    /**
     * The caller with its current permissions. While the organisation requires TOTP and the user has not enrolled,
     * the caller holds no permission at all: it can only see itself and enroll.
     */
    private static Caller callerFor(TenantId tenant, java.util.UUID userId, String username, Set<String> roles,
            Set<String> tokenPermissions, java.util.Map<String, Set<String>> customRoles, Caller.Kind kind,
            String requestId, boolean enrollmentPending) {
        var permissions = new LinkedHashSet<>(RolePermissions.of(roles, customRoles));
        if (tokenPermissions != null) {
            permissions.retainAll(tokenPermissions);
        }
        if (enrollmentPending) {
            permissions.clear();
        }
        return new Caller(tenant, userId, username, roles, permissions, kind, requestId);
    }

    private void requireSecondFactor(TenantId tenant, UserEntity user, String username, String code,
            String requestId, String clientAddress) {
        if (code == null || code.isBlank()) {
            throw new AuthenticationFailedException("Enter the 6-digit code from your authenticator app, or a"
                    + " recovery code.", true);
        }
        boolean accepted = persistence.jpa(tenant, em -> {
            UserEntity fresh = DefaultUserService.find(em, user.id());
            boolean ok = twoFactor.check(em.unwrap(java.sql.Connection.class), fresh, code);
            if (!ok) {
                fresh.recordFailedLogin(configuration.maxFailedLogins(),
                        OffsetDateTime.now().plusMinutes(configuration.lockoutMinutes()));
            }
            return ok;
        });
        if (!accepted) {
            recordLogin(tenant, user, username, requestId, clientAddress, AuditOutcome.FAILURE, "wrong second factor");
            throw new AuthenticationFailedException("That code is not right. Use the current code from your"
                    + " authenticator app, or a recovery code.", true);
        }
    }

    private LimitExceededException locked(Duration remaining) {
        long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        return new LimitExceededException("maxFailedLogins", configuration.maxFailedLogins(), remaining,
                "Too many wrong passwords: this account is locked for " + minutes + " more minute(s). Try again"
                        + " later, or ask an administrator to reset your password.");
    }

    private void recordLogin(TenantId tenant, UserEntity user, String username, String requestId,
            String clientAddress, AuditOutcome outcome, String reason) {
        audit.record(AuditEvent.of(tenant, "auth.login")
                .detail("address", clientAddress)
                .actor(user == null ? null : user.id().toString(), username)
                .target("user", user == null ? null : user.id().toString())
                .outcome(outcome)
                .requestId(requestId)
                .detail("reason", reason)
                .build());
    }

}
