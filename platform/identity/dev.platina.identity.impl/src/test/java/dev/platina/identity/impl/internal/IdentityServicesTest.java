package dev.platina.identity.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.audit.api.AuditOutcome;
import dev.platina.audit.api.AuditQuery;
import dev.platina.audit.api.AuditRecord;
import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.LimitExceededException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.NewOrganization;
import dev.platina.identity.api.NewUser;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationChanges;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.RoleDraft;
import dev.platina.identity.api.User;
import dev.platina.identity.api.UserChanges;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class IdentityServicesTest {

    private final IdentityFixture identity;

    IdentityServicesTest(PlatformTestDatabase database) throws Exception {
        identity = new IdentityFixture(database);
    }

    @AfterEach
    void close() {
        identity.close();
    }

    @Test
    void operatorSignsInAndGetsEveryPermission() {
        var login = identity.login(Organization.PLATFORM_SLUG, OperatorBootstrap.ADMIN_USERNAME);

        Caller resolved = identity.authentication.authenticate(login.token(), "r1").orElseThrow();

        assertThat(resolved.permissions()).containsAll(Permission.all());
        assertThat(resolved.roles()).containsExactly("Admin");
    }

    @Test
    void adminCreatesUserWithRoleAndTheUserReachesOnlyWhatTheRolePermits() {
        Caller admin = identity.newTenant("acme");
        Caller viewer = identity.userWithRole(admin, "vera", BuiltInRole.VIEWER);

        assertThat(viewer.permissions()).containsExactlyInAnyOrderElementsOf(BuiltInRole.VIEWER.permissions());
        assertThatThrownBy(() -> identity.users.list(viewer, 10, null))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("users:read");
        assertThat(identity.users.get(viewer, viewer.userId()).username()).isEqualTo("vera");
    }

    @Test
    void backgroundWorkActsWithTheOwnersCurrentPermissionsAndStopsWhenTheOwnerIsDisabled() {
        Caller admin = identity.newTenant("owners");
        Caller manager = identity.userWithRole(admin, "olga", BuiltInRole.MANAGER);

        Caller acting = identity.authentication.actingUser(admin.organization(), manager.userId(), "workflow-run:1")
                .orElseThrow();
        assertThat(acting.username()).isEqualTo("olga");
        assertThat(acting.permissions()).isEqualTo(BuiltInRole.MANAGER.permissions());
        assertThat(acting.requestId()).isEqualTo("workflow-run:1");

        identity.users.update(admin, manager.userId(), new UserChanges(null, null, null, false),
                identity.users.get(admin, manager.userId()).version());
        assertThat(identity.authentication.actingUser(admin.organization(), manager.userId(), "workflow-run:2"))
                .isEmpty();
        assertThat(identity.authentication.actingUser(admin.organization(), java.util.UUID.randomUUID(), "x"))
                .isEmpty();
    }

    @Test
    void managerCannotCreateAdmin() {
        Caller admin = identity.newTenant("globex");
        Caller manager = identity.userWithRole(admin, "max", BuiltInRole.MANAGER);

        assertThatThrownBy(() -> identity.users.create(manager, new NewUser("eve", null, null,
                IdentityFixture.PASSWORD, Set.of("Admin"))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("users:write");

        List<AuditRecord> denials = identity.audit.find(manager.organization(),
                new AuditQuery("user.create", null, null, AuditOutcome.DENIED, null, null, null, 10)).items();
        assertThat(denials).singleElement().satisfies(r -> assertThat(r.event().actorName()).isEqualTo("max"));
    }

    @Test
    void adminCannotGrantWhatTheRoleDoesNotHoldButCanGrantCustomRoles() {
        Caller admin = identity.newTenant("initech");
        var auditor = identity.roles.create(admin, new RoleDraft("Auditor", "Reads the trail",
                Set.of(Permission.AUDIT_READ)));

        User user = identity.users.create(admin, new NewUser("ann", null, null, IdentityFixture.PASSWORD,
                Set.of("Auditor")));
        Caller ann = identity.login(identity.slugOf(admin), "ann").caller();

        assertThat(user.roles()).containsExactly("Auditor");
        assertThat(ann.permissions()).containsExactly(Permission.AUDIT_READ);
        assertThatThrownBy(() -> identity.roles.delete(admin, auditor.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("1 user(s) hold the role 'Auditor'");
    }

    @Test
    void roleChangeAndDisableTakeEffectOnTheNextRequest() {
        Caller admin = identity.newTenant("hooli");
        identity.userWithRole(admin, "gavin", BuiltInRole.USER);
        var login = identity.login(identity.slugOf(admin), "gavin");
        User gavin = identity.users.get(admin, login.caller().userId());

        User promoted = identity.users.update(admin, gavin.id(), new UserChanges(null, null, Set.of("Manager"), null),
                gavin.version());
        assertThat(identity.authentication.authenticate(login.token(), "r").orElseThrow().permissions())
                .contains(Permission.USERS_READ);

        identity.users.update(admin, gavin.id(), new UserChanges(null, null, null, false), promoted.version());
        assertThat(identity.authentication.authenticate(login.token(), "r")).isEmpty();
        assertThatThrownBy(() -> identity.login(identity.slugOf(admin), "gavin"))
                .isInstanceOf(AuthenticationFailedException.class).hasMessageContaining("disabled");
    }

    @Test
    void concurrentEditWithAStaleVersionIsAConflict() {
        Caller admin = identity.newTenant("stark");
        User user = identity.users.create(admin, new NewUser("tony", null, null, IdentityFixture.PASSWORD,
                Set.of("User")));
        identity.users.update(admin, user.id(), new UserChanges("Tony", null, null, null), user.version());

        assertThatThrownBy(() -> identity.users.update(admin, user.id(), new UserChanges("Anthony", null, null, null),
                user.version())).isInstanceOf(ConflictException.class).hasMessageContaining("changed by someone else");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() {
        Caller admin = identity.newTenant("wayne");
        String slug = identity.slugOf(admin);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> identity.authentication.login(slug, "boss", "wrong password!!", null, "r"))
                    .isInstanceOf(AuthenticationFailedException.class)
                    .hasMessage(DefaultAuthenticationService.WRONG_CREDENTIALS);
        }
        assertThatThrownBy(() -> identity.authentication.login(slug, "boss", "wrong password!!", null, "r"))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("locked");
        assertThatThrownBy(() -> identity.login(slug, "boss"))
                .isInstanceOf(LimitExceededException.class)
                .satisfies(e -> assertThat(((LimitExceededException) e).retryAfter()).isPresent());
    }

    @Test
    void oneAddressGuessingAcrossManyAccountsIsStoppedBeforePasswordsAreChecked() {
        Caller admin = identity.newTenant("spray");
        String slug = identity.slugOf(admin);
        String address = "203.0.113." + (int) (Math.random() * 200);
        for (int i = 0; i < 8; i++) {
            String username = "guess" + i;
            assertThatThrownBy(() -> identity.authentication.login(slug, username, "some wrong password", null, "r",
                    address)).isInstanceOf(AuthenticationFailedException.class);
        }

        assertThatThrownBy(() -> identity.authentication.login(slug, "boss", IdentityFixture.PASSWORD, null, "r",
                address)).isInstanceOfSatisfying(LimitExceededException.class,
                        e -> assertThat(e.limit()).isEqualTo("maxFailedLoginsPerAddress"));
        assertThat(identity.authentication.login(slug, "boss", IdentityFixture.PASSWORD, null, "r", "198.51.100.7")
                .token()).isNotBlank();
        assertThat(identity.audit.find(admin.organization(), new AuditQuery("auth.login", null, null,
                AuditOutcome.FAILURE, null, null, null, 1)).items().get(0).event().details())
                .containsEntry("address", address);
    }

    @Test
    void unknownUserAndUnknownOrganisationGetTheSameAnswer() {
        Caller admin = identity.newTenant("umbrella");

        assertThatThrownBy(() -> identity.authentication.login(identity.slugOf(admin), "nobody",
                IdentityFixture.PASSWORD, null, "r")).hasMessage(DefaultAuthenticationService.WRONG_CREDENTIALS);
        assertThatThrownBy(() -> identity.authentication.login("no-such-org", "boss", IdentityFixture.PASSWORD, null,
                "r")).hasMessage(DefaultAuthenticationService.WRONG_CREDENTIALS);
    }

    @Test
    void usersOfAnotherOrganisationDoNotExistForACaller() {
        Caller acme = identity.newTenant("acme2");
        Caller globex = identity.newTenant("globex2");

        assertThatThrownBy(() -> identity.users.get(acme, globex.userId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> identity.users.update(acme, globex.userId(),
                new UserChanges("pwned", null, null, null), 1)).isInstanceOf(NotFoundException.class);
        assertThat(identity.users.list(acme, 50, null).items()).extracting(User::username).containsExactly("boss");
    }

    @Test
    void resellersSeeAndManageOnlyTheirOwnSubtree() {
        Caller resellerA = identity.newOrganization(identity.operator, "partner-a", Organization.Kind.RESELLER);
        Caller resellerB = identity.newOrganization(identity.operator, "partner-b", Organization.Kind.RESELLER);
        Caller customer = identity.newOrganization(resellerA, "customer", Organization.Kind.TENANT);

        assertThat(identity.organizations.listBelow(resellerA)).extracting(Organization::id)
                .containsExactly(customer.organization().value());
        assertThat(identity.organizations.listBelow(identity.operator)).extracting(Organization::id)
                .contains(resellerA.organization().value(), customer.organization().value());
        assertThatThrownBy(() -> identity.organizations.get(resellerB, customer.organization().value()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> identity.newOrganization(resellerA, "sub", Organization.Kind.RESELLER))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("tenants only");
        assertThatThrownBy(() -> identity.newOrganization(customer, "sub", Organization.Kind.TENANT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOrganisationCannotChangeItsOwnStatusOrLimits() {
        Caller admin = identity.newTenant("selfish");
        Organization own = identity.organizations.own(admin);

        assertThatThrownBy(() -> identity.organizations.update(admin, own.id(), new OrganizationChanges(null, null,
                new Organization.Limits(100000, null, null), null), own.version()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("provider");
        assertThatThrownBy(() -> identity.organizations.delete(admin, own.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void suspendedOrganisationCannotSignInAndItsSessionsStop() {
        Caller admin = identity.newTenant("cyberdyne");
        String slug = identity.slugOf(admin);
        var login = identity.login(slug, "boss");
        Organization organization = identity.organizations.own(admin);

        Organization suspended = identity.organizations.update(identity.operator, organization.id(),
                new OrganizationChanges(null, Organization.Status.SUSPENDED, null, null), organization.version());

        assertThat(identity.authentication.authenticate(login.token(), "r")).isEmpty();
        assertThatThrownBy(() -> identity.login(slug, "boss")).hasMessageContaining("suspended");
        identity.organizations.update(identity.operator, organization.id(),
                new OrganizationChanges(null, Organization.Status.ACTIVE, null, null), suspended.version());
        assertThat(identity.login(slug, "boss").token()).isNotBlank();
    }

    @Test
    void deletedOrganisationTakesItsUsersWithIt() {
        Caller admin = identity.newTenant("tyrell");
        String slug = identity.slugOf(admin);

        identity.organizations.delete(identity.operator, admin.organization().value());

        assertThatThrownBy(() -> identity.login(slug, "boss")).isInstanceOf(AuthenticationFailedException.class);
        assertThat(identity.audit.find(identity.operator.organization(), new AuditQuery("organization.delete", null,
                admin.organization().value().toString(), null, null, null, null, 5)).items()).hasSize(1);
    }

    @Test
    void userLimitIsEnforcedWithTheLimitNamed() {
        Caller admin = identity.newTenant("small");
        Organization organization = identity.organizations.own(admin);
        identity.organizations.update(identity.operator, organization.id(), new OrganizationChanges(null, null,
                new Organization.Limits(2, null, null), null), organization.version());
        identity.users.create(admin, new NewUser("second", null, null, IdentityFixture.PASSWORD, Set.of("User")));

        assertThatThrownBy(() -> identity.users.create(admin, new NewUser("third", null, null,
                IdentityFixture.PASSWORD, Set.of("User"))))
                .isInstanceOf(LimitExceededException.class)
                .satisfies(e -> assertThat(((LimitExceededException) e).limit()).isEqualTo("maxUsers"));
    }

    @Test
    void storageLimitStopsNewDataWithTheLimitNamed() throws Exception {
        Caller admin = identity.newTenant("full");
        Organization organization = identity.organizations.own(admin);
        identity.organizations.update(identity.operator, organization.id(), new OrganizationChanges(null, null,
                new Organization.Limits(null, null, 1), null), organization.version());
        try (var owner = identity.database.owner(); var fill = owner.prepareStatement("INSERT INTO"
                + " platina.tenant_setting (tenant_id, name, value) SELECT ?, 'filler-' || i,"
                + " (SELECT string_agg(md5(random()::text || i || j), '') FROM generate_series(1, 125) j)"
                + " FROM generate_series(1, 600) i")) {
            fill.setObject(1, organization.id());
            fill.executeUpdate();
        }

        assertThat(identity.quota.usedBytes(admin.organization())).isGreaterThan(1024 * 1024);
        assertThatThrownBy(() -> identity.users.create(admin, new NewUser("late", null, null,
                IdentityFixture.PASSWORD, Set.of("User"))))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.limit()).isEqualTo("maxStorageMb");
                    assertThat(e.retryAfter()).isEmpty();
                    assertThat(e.getMessage()).contains("of its 1 MB");
                });
    }

    @Test
    void sessionsEndAfterTheIdleTimeoutAndTheAbsoluteLifetime() throws Exception {
        Caller admin = identity.newTenant("timeouts");
        var idle = identity.login(identity.slugOf(admin), "boss");
        var old = identity.login(identity.slugOf(admin), "boss");

        try (var owner = identity.database.owner()) {
            try (var stale = owner.prepareStatement("UPDATE platina.credential SET last_used_at = now()"
                    + " - interval '31 minutes' WHERE token_hash = ?")) {
                stale.setBytes(1, Tokens.hash(idle.token()));
                assertThat(stale.executeUpdate()).isOne();
            }
            try (var expired = owner.prepareStatement("UPDATE platina.credential SET expires_at = now()"
                    + " - interval '1 second' WHERE token_hash = ?")) {
                expired.setBytes(1, Tokens.hash(old.token()));
                assertThat(expired.executeUpdate()).isOne();
            }
        }

        assertThat(identity.authentication.authenticate(idle.token(), "r")).isEmpty();
        assertThat(identity.authentication.authenticate(old.token(), "r")).isEmpty();
        assertThat(identity.login(identity.slugOf(admin), "boss").token()).isNotBlank();
    }

    @Test
    void lastAdminCannotBeDemoted() {
        Caller admin = identity.newTenant("solo");
        User boss = identity.users.get(admin, admin.userId());

        assertThatThrownBy(() -> identity.users.update(admin, boss.id(), new UserChanges(null, null, Set.of("User"),
                null), boss.version())).isInstanceOf(ConflictException.class).hasMessageContaining("last enabled Admin");
    }

    @Test
    void weakPasswordsAndBadFieldsAreRefusedWithEveryFieldNamed() {
        Caller admin = identity.newTenant("validate");

        assertThatThrownBy(() -> identity.users.create(admin, new NewUser("Bad Name", null, "not-mail", "short",
                Set.of("User"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("username", "email"));
        assertThatThrownBy(() -> identity.users.create(admin, new NewUser("fine", null, null, "short",
                Set.of("User"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("password"));
    }

    @Test
    void passwordResetEndsTheUsersSessions() {
        Caller admin = identity.newTenant("reset");
        identity.userWithRole(admin, "rita", BuiltInRole.USER);
        var login = identity.login(identity.slugOf(admin), "rita");

        identity.users.resetPassword(admin, login.caller().userId(), "a brand new passphrase");

        assertThat(identity.authentication.authenticate(login.token(), "r")).isEmpty();
        assertThat(identity.authentication.login(identity.slugOf(admin), "rita", "a brand new passphrase", null, "r")
                .token()).isNotBlank();
    }

    @Test
    void logoutRevokesTheToken() {
        Caller admin = identity.newTenant("logout");
        var login = identity.login(identity.slugOf(admin), "boss");

        identity.authentication.logout(login.caller(), login.token());

        assertThat(identity.authentication.authenticate(login.token(), "r")).isEmpty();
    }

    @Test
    void noSecretEverReachesTheAuditTrail() {
        Caller admin = identity.newTenant("secrets");
        identity.users.create(admin, new NewUser("quinn", null, null, "sam's secret passphrase", Set.of("User")));
        var login = identity.authentication.login(identity.slugOf(admin), "quinn", "sam's secret passphrase", null, "r");
        identity.users.resetPassword(admin, login.caller().userId(), "another secret passphrase");

        String trail = identity.audit.find(admin.organization(), new AuditQuery(null, null, null, null, null, null,
                null, 100)).items().toString();

        assertThat(trail).doesNotContain("secret passphrase", login.token(), IdentityFixture.PASSWORD);
    }

    @Test
    void tokensThatAreMalformedOrForgedResolveToNobody() {
        assertThat(identity.authentication.authenticate("garbage", "r")).isEmpty();
        assertThat(identity.authentication.authenticate(Tokens.issue(identity.operator.organization()), "r"))
                .isEmpty();
        assertThat(identity.authentication.authenticate(null, "r")).isEmpty();
    }
}
