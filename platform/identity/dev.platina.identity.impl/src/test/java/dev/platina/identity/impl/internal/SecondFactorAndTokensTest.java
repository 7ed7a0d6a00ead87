package dev.platina.identity.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.IssuedApiToken;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationChanges;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.TotpEnrollment;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class SecondFactorAndTokensTest {

    private final IdentityFixture identity;

    SecondFactorAndTokensTest(PlatformTestDatabase database) throws Exception {
        identity = new IdentityFixture(database);
    }

    @AfterEach
    void close() {
        identity.close();
    }

    @Test
    void enrolledUserNeedsAFreshCodeOrARecoveryCodeToSignIn() {
        Caller admin = identity.newTenant("totp");
        String slug = identity.slugOf(admin);
        byte[] secret = enroll(admin);
        List<String> recovery = identity.twoFactor.confirm(admin, codeFor(secret, 0));
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

        assertThatThrownBy(() -> identity.login(slug, "boss"))
                .isInstanceOfSatisfying(AuthenticationFailedException.class,
                        e -> assertThat(e.secondFactorRequired()).isTrue());
        assertThatThrownBy(() -> identity.authentication.login(slug, "boss", IdentityFixture.PASSWORD, "000000", "r"))
                .isInstanceOf(AuthenticationFailedException.class).hasMessageContaining("not right");
        assertThat(identity.authentication.login(slug, "boss", IdentityFixture.PASSWORD, recovery.get(0), "r")
                .token()).isNotBlank();
        assertThatThrownBy(() -> identity.authentication.login(slug, "boss", IdentityFixture.PASSWORD,
                recovery.get(0), "r")).as("a recovery code works once").isInstanceOf(AuthenticationFailedException.class);
        String next = codeFor(secret, 1);
        assertThat(identity.authentication.login(slug, "boss", IdentityFixture.PASSWORD, next, "r").token())
                .isNotBlank();
        assertThatThrownBy(() -> identity.authentication.login(slug, "boss", IdentityFixture.PASSWORD, next, "r"))
                .as("a TOTP code works once").isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void confirmingWithAWrongCodeLeavesTotpOff() {
        Caller admin = identity.newTenant("totp-wrong");
        enroll(admin);

        assertThatThrownBy(() -> identity.twoFactor.confirm(admin, "123456")).isInstanceOf(InvalidInputException.class);
        assertThat(identity.login(identity.slugOf(admin), "boss").token()).isNotBlank();
    }

    @Test
    void organisationRequiringTotpGivesUnenrolledUsersNoPermissionUntilTheyEnroll() {
        Caller admin = identity.newTenant("strict");
        Organization organization = identity.organizations.own(admin);
        identity.organizations.update(identity.operator, organization.id(),
                new OrganizationChanges(null, null, null, true), organization.version());

        Caller pending = identity.login(identity.slugOf(admin), "boss").caller();
        assertThat(pending.permissions()).isEmpty();
        assertThatThrownBy(() -> identity.users.list(pending, 10, null)).isInstanceOf(AccessDeniedException.class);

        byte[] secret = enroll(pending);
        identity.twoFactor.confirm(pending, codeFor(secret, 0));
        Caller enrolled = identity.authentication.login(identity.slugOf(admin), "boss", IdentityFixture.PASSWORD,
                codeFor(secret, 1), "r").caller();
        assertThat(enrolled.permissions()).containsAll(Permission.all());
    }

    @Test
    void adminResetTurnsAUsersTotpOff() {
        Caller admin = identity.newTenant("lostphone");
        Caller user = identity.userWithRole(admin, "ulla", BuiltInRole.USER);
        byte[] secret = enroll(user);
        identity.twoFactor.confirm(user, codeFor(secret, 0));

        identity.twoFactor.reset(admin, user.userId());

        assertThat(identity.login(identity.slugOf(admin), "ulla").token()).isNotBlank();
        assertThatThrownBy(() -> identity.twoFactor.reset(user, admin.userId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void apiTokenCarriesOnlyItsGrantedSubsetAndStopsWhenRevoked() {
        Caller admin = identity.newTenant("tokens");
        IssuedApiToken issued = identity.tokens.create(admin, "reporting script", Set.of(Permission.AUDIT_READ),
                Duration.ofDays(30));

        Caller viaToken = identity.authentication.authenticate(issued.secret(), "r").orElseThrow();
        assertThat(viaToken.kind()).isEqualTo(Caller.Kind.API_TOKEN);
        assertThat(viaToken.permissions()).containsExactly(Permission.AUDIT_READ);
        assertThatThrownBy(() -> identity.users.list(viaToken, 10, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> identity.tokens.create(viaToken, "nested", Set.of(Permission.AUDIT_READ), null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(identity.tokens.list(admin)).extracting(t -> t.name()).containsExactly("reporting script");
        assertThat(identity.tokens.list(admin).toString()).doesNotContain(issued.secret());

        identity.tokens.revoke(admin, issued.token().id());
        assertThat(identity.authentication.authenticate(issued.secret(), "r")).isEmpty();
    }

    @Test
    void aTokenCannotCarryMoreThanItsOwnerHoldsNowOrLater() {
        Caller admin = identity.newTenant("tokens2");
        Caller manager = identity.userWithRole(admin, "mona", BuiltInRole.MANAGER);

        assertThatThrownBy(() -> identity.tokens.create(manager, "too much", Set.of(Permission.USERS_WRITE), null))
                .isInstanceOf(AccessDeniedException.class);
        IssuedApiToken token = identity.tokens.create(manager, "reader", Set.of(Permission.USERS_READ), null);
        var mona = identity.users.get(admin, manager.userId());
        identity.users.update(admin, mona.id(), new dev.platina.identity.api.UserChanges(null, null,
                Set.of("Viewer"), null), mona.version());

        assertThat(identity.authentication.authenticate(token.secret(), "r").orElseThrow().permissions()).isEmpty();
    }

    @Test
    void sessionsAreListedWithoutSecretsAndCanBeEnded() {
        Caller admin = identity.newTenant("sessions");
        var login = identity.login(identity.slugOf(admin), "boss");

        var sessions = identity.sessions.list(admin);
        assertThat(sessions).hasSizeGreaterThanOrEqualTo(2).allSatisfy(s -> assertThat(s.username()).isEqualTo("boss"));
        assertThat(sessions.toString()).doesNotContain(login.token());

        sessions.forEach(s -> identity.sessions.revoke(admin, s.id()));
        assertThat(identity.authentication.authenticate(login.token(), "r")).isEmpty();
    }

    private byte[] enroll(Caller caller) {
        TotpEnrollment enrollment = identity.twoFactor.begin(caller);
        assertThat(enrollment.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + enrollment.secret());
        assertThat(enrollment.toString()).doesNotContain(enrollment.secret());
        return base32Decode(enrollment.secret());
    }

    /** The code an authenticator shows {@code stepsAhead} steps from now (the window accepts +1). */
    private static String codeFor(byte[] secret, int stepsAhead) {
        return Totp.code(secret, Totp.step(Instant.now().getEpochSecond()) + stepsAhead);
    }

    private static byte[] base32Decode(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
