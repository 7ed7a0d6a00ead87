package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documented permission matrix (README) for the four built-in roles over every identity endpoint, checked
 * over HTTP: each cell is one real request, and a difference from the table fails with all mismatches listed.
 */
@ExtendWith(RunningPlatform.Extension.class)
class PermissionMatrixIT {

    private static final List<String> ROLES = List.of("Admin", "Manager", "User", "Viewer");

    /** One endpoint call, built per role (fresh targets where the call destroys something). */
    private record Case(String name, Function<String, Api.Reply> call, Map<String, Integer> expected) {
    }

    private final RunningPlatform platform;
    private final Api api;

    PermissionMatrixIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void everyRoleReachesExactlyWhatTheMatrixAllows() {
        var tenant = platform.newTenant("matrix");
        String admin = tenant.token("Admin");
        String target = createUser(admin, "target");
        String customRole = api.post("/v1/roles", admin, Map.of("name", "Readers", "permissions",
                List.of("audit:read"))).text("id");

        var cases = new ArrayList<Case>();
        cases.add(new Case("GET /v1/auth/me", role -> api.get("/v1/auth/me", tenant.token(role)), all(200)));
        cases.add(new Case("GET /v1/users", role -> api.get("/v1/users", tenant.token(role)), readers(200)));
        cases.add(new Case("GET /v1/users/{other}", role -> api.get("/v1/users/" + target, tenant.token(role)),
                readers(200)));
        cases.add(new Case("GET /v1/users/{self}", role -> api.get("/v1/users/" + tenant.userIds.get(role),
                tenant.token(role)), all(200)));
        cases.add(new Case("POST /v1/users", role -> api.post("/v1/users", tenant.token(role), Map.of("username",
                "new-" + role.toLowerCase() + "-" + shortId(), "password", "fresh user passphrase", "roles",
                List.of("User"))), adminOnly(201)));
        cases.add(new Case("PATCH /v1/users/{other}", role -> api.patch("/v1/users/" + target, tenant.token(role),
                Map.of("displayName", "Renamed by " + role), null), adminOnly(200)));
        cases.add(new Case("PATCH /v1/users/{self}", role -> api.patch("/v1/users/" + tenant.userIds.get(role),
                tenant.token(role), Map.of("displayName", role + " myself"), null), all(200)));
        cases.add(new Case("PATCH /v1/users/{self} roles", role -> api.patch("/v1/users/" + tenant.userIds.get(role),
                tenant.token(role), Map.of("roles", List.of("Admin")), null),
                Map.of("Admin", 200, "Manager", 403, "User", 403, "Viewer", 403)));
        cases.add(new Case("POST /v1/users/{other}/password", role -> api.post("/v1/users/" + target + "/password",
                tenant.token(role), Map.of("password", "reset passphrase by " + role)), adminOnly(204)));
        cases.add(new Case("DELETE /v1/users/{other}", role -> api.delete("/v1/users/" + createUser(admin, "doomed"),
                tenant.token(role)), adminOnly(204)));
        cases.add(new Case("GET /v1/roles", role -> api.get("/v1/roles", tenant.token(role)), readers(200)));
        cases.add(new Case("GET /v1/roles/Admin", role -> api.get("/v1/roles/Admin", tenant.token(role)),
                readers(200)));
        cases.add(new Case("GET /v1/roles/{custom}", role -> api.get("/v1/roles/" + customRole, tenant.token(role)),
                readers(200)));
        cases.add(new Case("POST /v1/roles", role -> api.post("/v1/roles", tenant.token(role), Map.of("name",
                "Role " + shortId(), "permissions", List.of("audit:read"))), adminOnly(201)));
        cases.add(new Case("PATCH /v1/roles/{custom}", role -> api.patch("/v1/roles/" + customRole,
                tenant.token(role), Map.of("description", "edited by " + role), null), adminOnly(200)));
        cases.add(new Case("DELETE /v1/roles/{custom}", role -> api.delete("/v1/roles/" + api.post("/v1/roles",
                admin, Map.of("name", "Temp " + shortId(), "permissions", List.of("audit:read"))).text("id"),
                tenant.token(role)), adminOnly(204)));
        cases.add(new Case("GET /v1/organizations", role -> api.get("/v1/organizations", tenant.token(role)),
                readers(200)));
        cases.add(new Case("GET /v1/organizations/{own}", role -> api.get("/v1/organizations/" + tenant.id,
                tenant.token(role)), all(200)));
        cases.add(new Case("PATCH /v1/organizations/{own}", role -> api.patch("/v1/organizations/" + tenant.id,
                tenant.token(role), Map.of("limits", Map.of("maxUsers", 100000)), null), all(403)));
        cases.add(new Case("DELETE /v1/organizations/{own}", role -> api.delete("/v1/organizations/" + tenant.id,
                tenant.token(role)), all(403)));
        cases.add(new Case("POST /v1/organizations", role -> api.post("/v1/organizations", tenant.token(role),
                Map.of("slug", "child-" + shortId(), "name", "Child", "kind", "tenant", "admin",
                        Map.of("username", "kid", "password", "child admin passphrase"))), all(403)));
        cases.add(new Case("GET /v1/sessions", role -> api.get("/v1/sessions", tenant.token(role)), readers(200)));
        cases.add(new Case("GET /v1/auth/tokens", role -> api.get("/v1/auth/tokens", tenant.token(role)),
                all(200)));
        cases.add(new Case("POST /v1/auth/tokens", role -> api.post("/v1/auth/tokens", tenant.token(role),
                Map.of("name", "script of " + role, "permissions", List.of("workflows:read"))), all(201)));
        cases.add(new Case("POST /v1/auth/tokens beyond own", role -> api.post("/v1/auth/tokens", tenant.token(role),
                Map.of("name", "greedy " + role, "permissions", List.of("users:write"))), adminOnly(201)));
        cases.add(new Case("POST /v1/auth/totp", role -> api.post("/v1/auth/totp", tenant.token(role), null),
                all(200)));
        cases.add(new Case("DELETE /v1/users/{other}/totp", role -> api.delete("/v1/users/" + target + "/totp",
                tenant.token(role)), adminOnly(204)));
        cases.add(new Case("GET /v1/audit", role -> api.get("/v1/audit", tenant.token(role)), readers(200)));
        cases.add(new Case("GET /v1/audit/verification", role -> api.get("/v1/audit/verification",
                tenant.token(role)), readers(200)));

        var mismatches = new ArrayList<String>();
        for (Case c : cases) {
            for (String role : ROLES) {
                Api.Reply reply = c.call().apply(role);
                int expected = c.expected().get(role);
                if (reply.status() != expected) {
                    mismatches.add(c.name() + " as " + role + ": expected " + expected + ", got " + reply);
                }
                if (reply.status() == 403) {
                    assertThat(reply.text("type")).isEqualTo("https://platina.dev/problems/forbidden");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private String createUser(String admin, String prefix) {
        Api.Reply created = api.post("/v1/users", admin, Map.of("username", prefix + "-" + shortId(), "password",
                "target user passphrase", "roles", List.of("Viewer")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private static Map<String, Integer> all(int status) {
        return statuses(status, status, status, status);
    }

    /** Admin and Manager read users, roles, audit and organisations; User and Viewer do not. */
    private static Map<String, Integer> readers(int status) {
        return statuses(status, status, 403, 403);
    }

    private static Map<String, Integer> adminOnly(int status) {
        return statuses(status, 403, 403, 403);
    }

    private static Map<String, Integer> statuses(int admin, int manager, int user, int viewer) {
        var map = new LinkedHashMap<String, Integer>();
        map.put("Admin", admin);
        map.put("Manager", manager);
        map.put("User", user);
        map.put("Viewer", viewer);
        return map;
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
