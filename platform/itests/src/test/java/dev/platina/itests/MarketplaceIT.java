package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The marketplace against the running distribution: live install from the signed built-in repository, enablement
 * per organisation, upgrade and rollback under load, removal, and packages that must be refused.
 */
@ExtendWith(RunningPlatform.Extension.class)
class MarketplaceIT {

    private static final String VALID_IBAN = "/v1/skills/iban/validation?iban=DE89370400440532013000";

    private final RunningPlatform platform;
    private final Api api;

    MarketplaceIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void theCatalogueShowsEverySkillWithItsPermissionsInPlainWords() {
        var tenant = platform.newTenant("catalog");
        Api.Reply catalog = api.get("/v1/marketplace/catalog", tenant.token("Viewer"));
        assertThat(catalog.status()).isEqualTo(200);
        JsonNode directory = skill(catalog.body(), "directory");
        assertThat(directory.path("name").asText()).isEqualTo("Team directory");
        JsonNode permission = directory.path("versions").get(0).path("permissions").get(0);
        assertThat(permission.path("id").asText()).isEqualTo("users:read");
        assertThat(permission.path("description").asText()).isEqualTo("See the users of this organisation");
        assertThat(skill(catalog.body(), "iban").path("versions")).extracting(v -> v.path("version").asText())
                .containsExactly("1.0.0", "0.9.0");
        assertThat(api.get("/v1/marketplace/catalog?query=clock", tenant.token("User")).body().path("items"))
                .extracting(s -> s.path("id").asText()).contains("teamclock").doesNotContain("iban");
    }

    @Test
    void aSkillInstalledLiveServesOnlyTheOrganisationsThatEnabledIt() {
        var a = platform.newTenant("skills-a");
        var b = platform.newTenant("skills-b");
        assertThat(api.post("/v1/marketplace/installations", a.token("Admin"), Map.of("skillId", "directory"))
                .status()).as("a tenant admin cannot install").isEqualTo(403);

        JsonNode done = installAndWait("directory", "1.0.0");
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("INSTALLED");

        assertThat(api.get("/v1/skills/directory/people", a.token("Admin")).status()).isEqualTo(404);
        Api.Reply enabled = api.send("PUT", "/v1/marketplace/skills/directory/enablement", a.token("Admin"),
                Map.of(), null);
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
        assertThat(enabled.body().path("grantedPermissions")).extracting(JsonNode::asText).containsExactly("users:read");

        Api.Reply people = api.get("/v1/skills/directory/people", a.token("Admin"));
        assertThat(people.status()).as(people.toString()).isEqualTo(200);
        assertThat(people.body().path("items")).extracting(p -> p.path("username").asText()).contains("chief");
        Api.Reply other = api.get("/v1/skills/directory/people", b.token("Admin"));
        Api.Reply nothing = api.get("/v1/no-such-endpoint", b.token("Admin"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body().path("type").asText()).isEqualTo(nothing.body().path("type").asText());

        // Granted nothing, the skill cannot read users even for an Admin: the platform refuses its call.
        api.send("PUT", "/v1/marketplace/skills/directory/enablement", a.token("Admin"),
                Map.of("permissions", List.of()), null);
        Api.Reply refused = api.get("/v1/skills/directory/people", a.token("Admin"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("permission").asText()).isEqualTo("users:read");

        Api.Reply inUse = api.delete("/v1/marketplace/skills/directory", platform.operatorToken());
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.body().path("detail").asText()).contains(a.slug, "force");
        assertThat(api.delete("/v1/marketplace/skills/directory/enablement", a.token("Admin")).status()).isEqualTo(204);
        assertThat(api.get("/v1/skills/directory/people", a.token("Admin")).status()).isEqualTo(404);
        assertThat(api.delete("/v1/marketplace/skills/directory", platform.operatorToken()).status()).isEqualTo(204);
        assertThat(installed()).doesNotContain("directory");
        assertThat(api.send("PUT", "/v1/marketplace/skills/directory/enablement", a.token("Admin"), Map.of(), null)
                .status()).isEqualTo(404);
        assertThat(auditActions(platform.operatorToken())).contains("skill.install", "skill.uninstall");
        assertThat(auditActions(a.token("Admin"))).contains("skill.enable", "skill.disable");
    }

    @Test
    void anUpgradeAndARollbackUnderSteadyRequestsFailNoRequest() throws Exception {
        var tenant = platform.newTenant("upgrade");
        assertThat(installAndWait("iban", "0.9.0").path("state").asText()).isEqualTo("INSTALLED");
        assertThat(api.send("PUT", "/v1/marketplace/skills/iban/enablement", tenant.token("Admin"), Map.of(), null)
                .status()).isEqualTo(200);
        String token = tenant.token("User");
        assertThat(api.get(VALID_IBAN, token).body().path("skillVersion").asText()).isEqualTo("0.9.0");

        try (var load = new SteadyLoad(api, VALID_IBAN, token)) {
            Thread.sleep(500);
            JsonNode upgrade = installAndWait("iban", "1.0.0");
            assertThat(upgrade.path("action").asText()).isEqualTo("UPGRADE");
            assertThat(upgrade.path("state").asText()).as(upgrade.toString()).isEqualTo("INSTALLED");
            load.awaitVersion("1.0.0");
            Api.Reply rollback = api.post("/v1/marketplace/skills/iban/rollback", platform.operatorToken(), Map.of());
            assertThat(rollback.status()).as(rollback.toString()).isEqualTo(202);
            assertThat(await(rollback.body().path("id").asText()).path("state").asText()).isEqualTo("INSTALLED");
            load.awaitVersion("0.9.0");
            Thread.sleep(500);
            load.stop();
            assertThat(load.failures).as("failed requests during upgrade and rollback").isEmpty();
            assertThat(load.succeeded.get()).isGreaterThan(50);
        }
        assertThat(api.get(VALID_IBAN, token).body().path("skillVersion").asText()).isEqualTo("0.9.0");
        api.delete("/v1/marketplace/skills/iban?force=true", platform.operatorToken());
        assertThat(api.get(VALID_IBAN, token).status()).isEqualTo(404);
        // Both versions answered requests; neither may stay loaded (Jackson's caches once kept them).
        assertThat(new ServerJvm(platform).loadedClassesAfterFullGc("dev.platina.skill.iban."))
                .as("IBAN check classes still loaded after uninstall").isEmpty();
    }

    @Test
    void aTamperedPackageIsRefusedAndNothingOfItIsInstalled() {
        JsonNode tampered = installAndWait("tampered", "1.0.0");
        assertThat(tampered.path("state").asText()).isEqualTo("FAILED");
        assertThat(tampered.path("error").asText()).contains("dev.platina.skill.tampered-1.0.0.jar",
                "signature does not match");
        assertThat(installed()).doesNotContain("tampered");
        assertThat(Files.exists(platform.home.resolve("data/marketplace/packages/tampered/1.0.0"))).isFalse();

        JsonNode untrusted = installAndWait("untrusted", "1.0.0");
        assertThat(untrusted.path("state").asText()).isEqualTo("FAILED");
        assertThat(untrusted.path("error").asText()).contains("does not trust");
        assertThat(installed()).doesNotContain("untrusted");
    }

    @Test
    void aFailureInTheMiddleOfAnInstallLeavesTheSystemAsBefore() {
        List<String> before = installed();
        JsonNode broken = installAndWait("broken", "1.0.0");
        assertThat(broken.path("state").asText()).isEqualTo("FAILED");
        assertThat(broken.path("error").asText()).contains("failed and was undone");
        assertThat(installed()).isEqualTo(before);
        assertThat(api.get("/health", null).body().path("status").asText()).isEqualTo("UP");
        assertThat(installAndWait("teamclock", "1.0.0").path("state").asText()).as("the next install works")
                .isEqualTo("INSTALLED");
        assertThat(api.delete("/v1/marketplace/skills/teamclock", platform.operatorToken()).status()).isEqualTo(204);
    }

    private JsonNode installAndWait(String skillId, String version) {
        return platform.install(skillId, version);
    }

    private JsonNode await(String installationId) {
        return platform.awaitInstallation(installationId);
    }

    private List<String> installed() {
        var ids = new ArrayList<String>();
        api.get("/v1/marketplace/skills", platform.operatorToken()).body().path("items")
                .forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }

    private List<String> auditActions(String token) {
        var actions = new ArrayList<String>();
        api.get("/v1/audit?limit=200", token).body().path("items").forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    private static JsonNode skill(JsonNode catalog, String id) {
        for (JsonNode skill : catalog.path("items")) {
            if (skill.path("id").asText().equals(id)) {
                return skill;
            }
        }
        throw new AssertionError("No skill " + id + " in " + catalog);
    }

    /** Four clients calling one endpoint back to back, recording every answer that is not a 200. */
    private static final class SteadyLoad implements AutoCloseable {
        final List<String> failures = new ArrayList<>();
        final AtomicInteger succeeded = new AtomicInteger();
        final Map<String, Integer> versions = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService clients = Executors.newFixedThreadPool(4);
        private final List<Future<?>> loops = new ArrayList<>();
        private volatile String lastVersion = "";

        SteadyLoad(Api api, String path, String token) {
            for (int i = 0; i < 4; i++) {
                loops.add(clients.submit(() -> {
                    while (running.get()) {
                        Api.Reply reply = api.get(path, token);
                        if (reply.status() == 200) {
                            succeeded.incrementAndGet();
                            lastVersion = reply.body().path("skillVersion").asText();
                            versions.merge(lastVersion, 1, Integer::sum);
                        } else {
                            synchronized (failures) {
                                failures.add(reply.status() + " " + reply.body());
                            }
                        }
                    }
                }));
            }
        }

        void awaitVersion(String version) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!version.equals(lastVersion) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(lastVersion).as("version answering after the switch").isEqualTo(version);
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get(30, TimeUnit.SECONDS);
            }
        }

        @Override
        public void close() throws Exception {
            running.set(false);
            clients.shutdownNow();
        }
    }
}
