package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The identity stories over HTTP against the real distribution. */
@ExtendWith(RunningPlatform.Extension.class)
class IdentityApiIT {

    private final RunningPlatform platform;
    private final Api api;

    IdentityApiIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void adminCreatesUserWithRoleAndTheUserReachesOnlyWhatTheRolePermits() {
        var tenant = platform.newTenant("story1");
        String viewer = tenant.token("Viewer");

        Api.Reply me = api.get("/v1/auth/me", viewer);
        Api.Reply users = api.get("/v1/users", viewer);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("roles").toString()).isEqualTo("[\"Viewer\"]");
        assertThat(me.text("organization")).isEqualTo(tenant.slug);
        assertThat(users.status()).isEqualTo(403);
        assertThat(users.header("Content-Type")).contains("application/problem+json");
        assertThat(users.text("type")).isEqualTo("https://platina.dev/problems/forbidden");
        assertThat(users.text("permission")).isEqualTo("users:read");
        assertThat(users.text("detail")).contains("users:read", "Ask an administrator");
    }

    @Test
    void managerTryingAnAdminFeatureIsDeniedWithAClearError() {
        var tenant = platform.newTenant("story2");
        String manager = tenant.token("Manager");

        Api.Reply makeAdmin = api.post("/v1/users", manager, Map.of("username", "mallory", "password",
                "mallory passphrase x", "roles", List.of("Admin")));
        Api.Reply newRole = api.post("/v1/roles", manager, Map.of("name", "Sneaky", "permissions",
                List.of("audit:read")));

        assertThat(makeAdmin.status()).isEqualTo(403);
        assertThat(makeAdmin.text("detail")).contains("users:write");
        assertThat(newRole.status()).isEqualTo(403);
        assertThat(newRole.text("permission")).isEqualTo("roles:write");
        assertThat(api.get("/v1/users", manager).status()).isEqualTo(200);
        Api.Reply denials = api.get("/v1/audit?outcome=denied", tenant.token("Admin"));
        assertThat(denials.body().path("items").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aUserOfTenantANeverSeesAnythingOfTenantB() {
        var a = platform.newTenant("tenant-a");
        var b = platform.newTenant("tenant-b");
        String victim = b.userIds.get("User");

        assertThat(api.get("/v1/users/" + victim, a.token("Admin")).status()).isEqualTo(404);
        assertThat(api.patch("/v1/users/" + victim, a.token("Admin"), Map.of("enabled", false), null).status())
                .isEqualTo(404);
        assertThat(api.delete("/v1/users/" + victim, a.token("Admin")).status()).isEqualTo(404);
        assertThat(api.get("/v1/organizations/" + b.id, a.token("Admin")).status()).isEqualTo(404);
        assertThat(api.get("/v1/users", a.token("Admin")).raw().body()).doesNotContain(victim, b.slug);
        assertThat(api.get("/v1/audit?limit=500", a.token("Admin")).raw().body()).doesNotContain(victim);
        assertThat(api.get("/v1/users/" + victim, b.token("Admin")).status()).isEqualTo(200);
    }

    @Test
    void roleChangeAndDisabledAccountTakeEffectOnTheNextRequest() {
        var tenant = platform.newTenant("live");
        String user = tenant.token("User");
        String id = tenant.userIds.get("User");
        assertThat(api.get("/v1/users", user).status()).isEqualTo(403);

        assertThat(api.patch("/v1/users/" + id, tenant.token("Admin"), Map.of("roles", List.of("Manager")), null)
                .status()).isEqualTo(200);
        assertThat(api.get("/v1/users", user).status()).isEqualTo(200);

        assertThat(api.patch("/v1/users/" + id, tenant.token("Admin"), Map.of("enabled", false), null).status())
                .isEqualTo(200);
        Api.Reply afterDisable = api.get("/v1/auth/me", user);
        assertThat(afterDisable.status()).isEqualTo(401);
        assertThat(afterDisable.header("WWW-Authenticate")).isPresent();
    }

    @Test
    void concurrentEditWithAStaleETagIsAConflict() {
        var tenant = platform.newTenant("etag");
        String admin = tenant.token("Admin");
        String id = tenant.userIds.get("Viewer");
        Api.Reply read = api.get("/v1/users/" + id, admin);
        String etag = read.header("ETag").orElseThrow();

        Api.Reply first = api.patch("/v1/users/" + id, admin, Map.of("displayName", "First editor"), etag);
        Api.Reply second = api.patch("/v1/users/" + id, admin, Map.of("displayName", "Second editor"), etag);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("type")).isEqualTo("https://platina.dev/problems/conflict");
        assertThat(api.get("/v1/users/" + id, admin).text("displayName")).isEqualTo("First editor");
    }

    @Test
    void exceedingTheRequestLimitAnswers429WithTheLimitNamedAndRetryAfter() {
        var tenant = platform.newTenant("busy");
        Api.Reply organization = api.get("/v1/organizations/" + tenant.id, platform.operatorToken());
        assertThat(api.patch("/v1/organizations/" + tenant.id, platform.operatorToken(),
                Map.of("limits", Map.of("maxRequestsPerMinute", 5)), organization.header("ETag").orElseThrow())
                .status()).isEqualTo(200);

        Api.Reply last = null;
        for (int i = 0; i < 12 && (last == null || last.status() != 429); i++) {
            last = api.get("/v1/auth/me", tenant.token("Viewer"));
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.text("limit")).isEqualTo("maxRequestsPerMinute");
        assertThat(last.body().path("limitValue").asInt()).isEqualTo(5);
        assertThat(last.header("Retry-After")).isPresent();
        assertThat(Integer.parseInt(last.header("Retry-After").orElseThrow())).isBetween(1, 60);
    }

    @Test
    void aFullStorageQuotaAnswers413WithTheLimitNamed() throws Exception {
        var tenant = platform.newTenant("full");
        Api.Reply organization = api.get("/v1/organizations/" + tenant.id, platform.operatorToken());
        assertThat(api.patch("/v1/organizations/" + tenant.id, platform.operatorToken(),
                Map.of("limits", Map.of("maxStorageMb", 1)), organization.header("ETag").orElseThrow()).status())
                .isEqualTo(200);
        try (Connection owner = platform.ownerConnection(); PreparedStatement fill = owner.prepareStatement(
                "INSERT INTO platina.tenant_setting (tenant_id, name, value) SELECT ?::uuid, 'filler-' || i,"
                        + " (SELECT string_agg(md5(random()::text || i || j), '') FROM generate_series(1, 125) j)"
                        + " FROM generate_series(1, 600) i")) {
            fill.setString(1, tenant.id);
            fill.executeUpdate();
        }

        Api.Reply refused = api.post("/v1/users", tenant.token("Admin"), Map.of("username", "one-too-many",
                "password", "a fine passphrase here", "roles", List.of("User")));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.text("type")).isEqualTo("https://platina.dev/problems/quota-exceeded");
        assertThat(refused.text("limit")).isEqualTo("maxStorageMb");
        assertThat(refused.text("detail")).contains("1 MB", "ask your provider");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWithRetryAfter() {
        var tenant = platform.newTenant("lock");
        Api.Reply last = null;
        for (int i = 0; i < 5; i++) {
            last = api.post("/v1/auth/login", null, Map.of("organization", tenant.slug, "username", "viewer",
                    "password", "not the password " + i));
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isPresent();
        assertThat(api.post("/v1/auth/login", null, Map.of("organization", tenant.slug, "username", "viewer",
                "password", tenant.passwords.get("Viewer"))).status()).isEqualTo(429);
    }

    @Test
    void auditChainVerificationCatchesAnEditADeletionAndAReorderingMadeInTheDatabase() throws Exception {
        String edited = tamperedTenant("UPDATE platina.audit_event SET actor_name = 'somebody else'"
                + " WHERE tenant_id = ?::uuid AND seq = 2");
        String deleted = tamperedTenant("DELETE FROM platina.audit_event WHERE tenant_id = ?::uuid AND seq = 3");
        String reordered = tamperedTenant(
                "UPDATE platina.audit_event SET seq = 1000 WHERE tenant_id = ?::uuid AND seq = 2",
                "UPDATE platina.audit_event SET seq = 2 WHERE tenant_id = ?::uuid AND seq = 3",
                "UPDATE platina.audit_event SET seq = 3 WHERE tenant_id = ?::uuid AND seq = 1000");

        assertThat(edited).contains("\"intact\":false", "Event 2 does not match its hash");
        assertThat(deleted).contains("\"intact\":false", "Events 3 to 3 are missing");
        assertThat(reordered).contains("\"intact\":false", "Event 2 ", "Event 3 ");
    }

    @Test
    void totpEnrollmentThenSignInNeedsTheCode() throws Exception {
        var tenant = platform.newTenant("twofactor");
        String user = tenant.token("User");
        Api.Reply enrollment = api.post("/v1/auth/totp", user, null);
        byte[] secret = TotpCodes.decodeBase32(enrollment.text("secret"));
        assertThat(enrollment.text("otpauthUri")).startsWith("otpauth://totp/");

        Api.Reply confirmed = api.post("/v1/auth/totp/confirmation", user, Map.of("code", TotpCodes.now(secret, 0)));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.body().path("recoveryCodes").size()).isEqualTo(10);

        Map<String, String> withoutCode = Map.of("organization", tenant.slug, "username", "user", "password",
                tenant.passwords.get("User"));
        Api.Reply refused = api.post("/v1/auth/login", null, withoutCode);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().path("secondFactorRequired").asBoolean()).isTrue();
        var withCode = new java.util.HashMap<>(withoutCode);
        withCode.put("totp", TotpCodes.now(secret, 1));
        assertThat(api.post("/v1/auth/login", null, withCode).status()).isEqualTo(200);
        assertThat(api.get("/v1/auth/me", user).body().path("totpEnabled").asBoolean()).isTrue();
        assertThat(platform.logs()).doesNotContain(enrollment.text("secret"));
    }

    @Test
    void logoutEndsTheSession() {
        var tenant = platform.newTenant("bye");
        String token = tenant.token("User");

        assertThat(api.post("/v1/auth/logout", token, null).status()).isEqualTo(204);
        assertThat(api.get("/v1/auth/me", token).status()).isEqualTo(401);
    }

    @Test
    void noPasswordOrTokenEverAppearsInALogOrAnApiResponse() throws Exception {
        var tenant = platform.newTenant("secret");
        String password = "a very secret passphrase " + UUID.randomUUID();
        Api.Reply created = api.post("/v1/users", tenant.token("Admin"), Map.of("username", "sam", "password",
                password, "roles", List.of("User")));
        String token = api.login(tenant.slug, "sam", password);
        api.post("/v1/auth/login", null, Map.of("organization", tenant.slug, "username", "sam", "password",
                password + "-wrong"));
        api.post("/v1/users/" + created.text("id") + "/password", tenant.token("Admin"),
                Map.of("password", password + " renewed"));

        String responses = created.raw().body() + api.get("/v1/users", tenant.token("Admin")).raw().body()
                + api.get("/v1/users/" + created.text("id"), tenant.token("Admin")).raw().body()
                + api.get("/v1/audit?limit=500", tenant.token("Admin")).raw().body();
        String logs = platform.logs();

        for (String secret : List.of(password, token, tenant.passwords.get("Admin"), tenant.token("Admin"),
                RunningPlatform.OPERATOR_PASSWORD)) {
            assertThat(responses).doesNotContain(secret);
            assertThat(logs).doesNotContain(secret);
        }
        assertThat(responses).doesNotContain("argon2", "passwordHash", "password_hash");
    }

    /** A tenant with a few audit events, tampered with as the database owner, then verified through the API. */
    private String tamperedTenant(String... statements) throws Exception {
        var tenant = platform.newTenant("chain");
        String admin = tenant.token("Admin");
        assertThat(api.get("/v1/audit/verification", admin).body().path("intact").asBoolean()).isTrue();
        try (Connection owner = platform.ownerConnection()) {
            for (String sql : statements) {
                try (PreparedStatement statement = owner.prepareStatement(sql)) {
                    statement.setString(1, tenant.id);
                    assertThat(statement.executeUpdate()).as(sql).isPositive();
                }
            }
        }
        Api.Reply verification = api.get("/v1/audit/verification", admin);
        assertThat(verification.status()).isEqualTo(200);
        return verification.raw().body();
    }
}
