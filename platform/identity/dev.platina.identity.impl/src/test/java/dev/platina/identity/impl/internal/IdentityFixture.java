package dev.platina.identity.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.LoginResult;
import dev.platina.identity.api.NewOrganization;
import dev.platina.identity.api.NewUser;
import dev.platina.identity.api.Organization;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.security.internal.AesGcmSecretCipher;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

/** The identity services wired by hand over the real test database, as DS wires them in Karaf. */
final class IdentityFixture implements AutoCloseable {

    static final String PASSWORD = "correct horse battery staple";

    final PlatformTestDatabase database;
    final EntityManagerFactory factory;
    final IdentityPersistence persistence;
    final AuditLog audit;
    final TenantStorageQuota quota;
    final DefaultUserService users;
    final DefaultOrganizationService organizations;
    final DefaultRoleService roles;
    final DefaultAuthenticationService authentication;
    final DefaultTwoFactorService twoFactor;
    final DefaultApiTokenService tokens;
    final DefaultSessionService sessions;
    final Organization platform;
    final Caller operator;

    IdentityFixture(PlatformTestDatabase database) throws Exception {
        this.database = database;
        this.factory = Persistence.createEntityManagerFactory(IdentityPersistence.UNIT,
                Map.of("javax.persistence.nonJtaDataSource", database.applicationDataSource()));
        this.persistence = new IdentityPersistence(factory, database.transactions());
        this.audit = new JdbcAuditLog(database.transactions());
        var hasher = new PasswordHasher();
        this.quota = new TenantStorageQuota(persistence);
        this.users = new DefaultUserService(persistence, hasher, audit, quota);
        this.organizations = new DefaultOrganizationService(persistence, users, audit,
                new OrganizationRateLimiter(persistence));
        this.roles = new DefaultRoleService(persistence, audit, quota);
        Path data = Files.createTempDirectory("platina-bootstrap");
        this.twoFactor = new DefaultTwoFactorService(persistence, new AesGcmSecretCipher(data), audit);
        this.authentication = new DefaultAuthenticationService(persistence, hasher, twoFactor, audit,
                configuration(5, 15));
        this.tokens = new DefaultApiTokenService(persistence, audit);
        this.sessions = new DefaultSessionService(persistence, audit);
        new OperatorBootstrap(organizations, users, persistence, PASSWORD, data);
        this.platform = organizations.findBySlug(Organization.PLATFORM_SLUG).orElseThrow();
        this.operator = Caller.system(new TenantId(platform.id()), "test");
    }

    /** A new organisation below the platform with a unique slug and its Admin signed in. */
    Caller newTenant(String prefix) {
        return newOrganization(operator, prefix, Organization.Kind.TENANT);
    }

    Caller newOrganization(Caller parent, String prefix, Organization.Kind kind) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        organizations.create(parent, new NewOrganization(slug, prefix + " Inc.", kind, null, false,
                new NewUser("boss", "The Boss", "boss@example.com", PASSWORD, null)));
        return login(slug, "boss").caller();
    }

    /** A user with the given built-in role, created by {@code admin}, signed in. */
    Caller userWithRole(Caller admin, String username, BuiltInRole role) {
        users.create(admin, new NewUser(username, username, username + "@example.com", PASSWORD,
                Set.of(role.displayName())));
        return login(slugOf(admin), username).caller();
    }

    LoginResult login(String slug, String username) {
        return authentication.login(slug, username, PASSWORD, null, "test-request");
    }

    String slugOf(Caller caller) {
        return organizations.own(caller).slug();
    }

    static AuthenticationConfiguration configuration(int maxFailures, int lockoutMinutes) {
        return new AuthenticationConfiguration() {
            @Override public Class<? extends Annotation> annotationType() { return AuthenticationConfiguration.class; }
            @Override public int sessionIdleMinutes() { return 30; }
            @Override public int sessionAbsoluteHours() { return 12; }
            @Override public int maxFailedLogins() { return maxFailures; }
            @Override public int lockoutMinutes() { return lockoutMinutes; }
            @Override public int maxFailedLoginsPerAddress() { return 8; }
            @Override public int addressWindowMinutes() { return 10; }
        };
    }

    @Override
    public void close() {
        factory.close();
    }
}
