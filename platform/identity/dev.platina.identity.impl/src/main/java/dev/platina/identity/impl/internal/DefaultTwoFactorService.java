package dev.platina.identity.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.SecretCipher;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import dev.platina.identity.api.TotpEnrollment;
import dev.platina.identity.api.TwoFactorService;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** TOTP enrollment and checks. Seeds are stored encrypted with the master key, bound to their user. */
@Component(service = {TwoFactorService.class, DefaultTwoFactorService.class})
public final class DefaultTwoFactorService implements TwoFactorService {

    private final IdentityPersistence persistence;
    private final SecretCipher cipher;
    private final PermissionGuard guard;
    private final AuditLog audit;

    @Activate
    public DefaultTwoFactorService(@Reference IdentityPersistence persistence, @Reference SecretCipher cipher,
            @Reference AuditLog audit) {
        this.persistence = persistence;
        this.cipher = cipher;
        this.guard = new PermissionGuard(audit);
        this.audit = audit;
    }

    @Override
    public TotpEnrollment begin(Caller caller) {
        UUID userId = requireUser(caller);
        byte[] secret = Totp.newSecret();
        String username = persistence.jpa(caller.organization(), em -> {
            UserEntity user = DefaultUserService.find(em, userId);
            if (user.totpEnabled()) {
                throw new ConflictException("Two-factor sign-in is already on. Turn it off first to enroll a new"
                        + " device.");
            }
            user.setTotp(cipher.encrypt(secret, purpose(userId)), false);
            return user.username();
        });
        String slug = persistence.platformSql(c -> OrganizationStore.byId(c, caller.organization().value()))
                .map(o -> o.slug()).orElse("platina");
        return new TotpEnrollment(Totp.base32(secret), Totp.uri("Platina (" + slug + ")", username, secret));
    }

    @Override
    public List<String> confirm(Caller caller, String code) {
        UUID userId = requireUser(caller);
        List<String> codes = persistence.jpa(caller.organization(), em -> {
            UserEntity user = DefaultUserService.find(em, userId);
            if (user.totpEnabled()) {
                throw new ConflictException("Two-factor sign-in is already on.");
            }
            if (user.totpSecret() == null) {
                throw new ConflictException("Start the enrollment first (POST /api/v1/auth/totp).");
            }
            byte[] secret = cipher.decrypt(user.totpSecret(), purpose(userId));
            OptionalLong step = Totp.verify(secret, code, Instant.now().getEpochSecond(), 0);
            if (step.isEmpty()) {
                throw InvalidInputException.of("code", "is not the current code of the app you enrolled; check"
                        + " that your phone's clock is right");
            }
            user.setTotp(user.totpSecret(), true);
            user.setTotpLastStep(step.getAsLong());
            return Jdbc.on(em.unwrap(Connection.class), c -> RecoveryCodes.replace(c, caller.organization().value(),
                    userId));
        });
        audit.record(AuditEvents.by(caller, "auth.totp.enable").target("user", userId.toString()).build());
        return codes;
    }

    @Override
    public void disable(Caller caller, String code) {
        UUID userId = requireUser(caller);
        boolean accepted = persistence.jpa(caller.organization(), em -> {
            UserEntity user = DefaultUserService.find(em, userId);
            if (!user.totpEnabled()) {
                return true;
            }
            if (!check(em.unwrap(Connection.class), user, code)) {
                return false;
            }
            clear(em.unwrap(Connection.class), user);
            return true;
        });
        if (!accepted) {
            audit.record(AuditEvents.by(caller, "auth.totp.disable").target("user", userId.toString())
                    .outcome(AuditOutcome.FAILURE).build());
            throw new AuthenticationFailedException("That code is not right; use a current code or a recovery"
                    + " code.", true);
        }
        audit.record(AuditEvents.by(caller, "auth.totp.disable").target("user", userId.toString()).build());
    }

    @Override
    public void reset(Caller caller, UUID userId) {
        guard.require(caller, Permission.USERS_WRITE, "auth.totp.reset", "user", userId);
        persistence.jpa(caller.organization(), em -> {
            clear(em.unwrap(Connection.class), DefaultUserService.find(em, userId));
            return null;
        });
        audit.record(AuditEvents.by(caller, "auth.totp.reset").target("user", userId.toString()).build());
    }

    /**
     * Checks a sign-in's second factor inside the sign-in transaction: a TOTP code not used before, or an unused
     * recovery code (which is then used up).
     */
    boolean check(Connection connection, UserEntity user, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        String trimmed = code.trim();
        byte[] secret = cipher.decrypt(user.totpSecret(), purpose(user.id()));
        OptionalLong step = Totp.verify(secret, trimmed, Instant.now().getEpochSecond(), user.totpLastStep());
        if (step.isPresent()) {
            user.setTotpLastStep(step.getAsLong());
            return true;
        }
        return Jdbc.on(connection, c -> RecoveryCodes.consume(c, user.id(), trimmed));
    }

    private void clear(Connection connection, UserEntity user) {
        user.setTotp(null, false);
        user.setTotpLastStep(0);
        Jdbc.on(connection, c -> {
            RecoveryCodes.delete(c, user.id());
            return null;
        });
    }

    private static UUID requireUser(Caller caller) {
        if (caller.userId() == null || caller.kind() != Caller.Kind.USER) {
            throw InvalidInputException.of("caller", "two-factor sign-in is set up by the user, signed in");
        }
        return caller.userId();
    }

    private static String purpose(UUID userId) {
        return "totp:" + userId;
    }
}
