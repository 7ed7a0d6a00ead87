package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Skills' views arriving in and leaving open pages, live, and leaving no class loader behind. The skill is
 * deployed by dropping its bundle into the running platform's deploy/ folder, and removed by deleting it.
 */
@ExtendWith(RunningPlatform.Extension.class)
class LiveUiIT {

    private static final String SKILL_JAR = "dev.platina.skill.teamclock.jar";
    private static final String SKILL_CLASS_PREFIX = "dev.platina.skill.teamclock.";
    private static final String NAV_ITEM = "vaadin-side-nav-item[data-route='skills/team-clock']";

    private final RunningPlatform platform;

    LiveUiIT(RunningPlatform platform) {
        this.platform = platform;
    }

    @Test
    void aSkillsViewAppearsInOpenSessionsAndLeavesWithoutKeepingItsClassesAlive() throws Exception {
        var tenant = platform.newTenant("live");
        Path deployed = platform.home.resolve("deploy").resolve(SKILL_JAR);
        try (Browser browser = new Browser(platform.origin(), Browser.DESKTOP)) {
            browser.signIn(tenant.slug, "chief", tenant.passwords.get("Admin"));
            assertThat(browser.present(NAV_ITEM)).isFalse();

            for (int cycle = 1; cycle <= 2; cycle++) {
                Files.copy(deployables().resolve(SKILL_JAR), deployed, StandardCopyOption.REPLACE_EXISTING);
                if (cycle == 1) {
                    // A skill is invisible until the organisation enables it; the enablement outlives removal.
                    enableWhenPresent(tenant);
                    browser.open("/");
                }
                browser.find(NAV_ITEM);
                browser.click(NAV_ITEM);
                browser.find("#team-clock");
                assertThat(browser.text()).contains("Team clock", "Europe/Berlin");
                browser.screenshot("desktop-skill-view-installed-" + cycle);

                Files.delete(deployed);
                browser.waitForText("no longer available");
                browser.find("#dashboard");
                browser.waitUntil(d -> browser.present(NAV_ITEM) ? null : true);
                browser.screenshot("desktop-skill-view-removed-" + cycle);
            }

            browser.open("/skills/team-clock");
            browser.find("#not-found");
            assertThat(browser.text()).contains("There is no screen at this address").doesNotContain("Exception");
        }
        assertThat(new ServerJvm(platform).loadedClassesAfterFullGc(SKILL_CLASS_PREFIX)).as("skill classes still loaded").isEmpty();
    }

    private void enableWhenPresent(RunningPlatform.Tenant tenant) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = platform.api.send("PUT", "/v1/marketplace/skills/teamclock/enablement", tenant.token("Admin"),
                    java.util.Map.of(), null).status();
            if (status == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Could not enable the team clock: HTTP " + status);
    }

    static Path deployables() {
        return Path.of(System.getProperty("platina.deployables"));
    }
}
