package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The marketplace screen in a real browser: the operator installs, upgrades, rolls back and removes a skill with
 * progress on screen; a tenant admin enables skills with the permissions they choose, and only their organisation
 * gets the skill's screens.
 */
@ExtendWith(RunningPlatform.Extension.class)
class MarketplaceUiIT {

    private static final String VALID_IBAN = "/v1/skills/iban/validation?iban=DE89370400440532013000";
    private static final String MARKETPLACE_NAV = "vaadin-side-nav-item[data-route='marketplace']";
    private static final String TEAM_CLOCK_NAV = "vaadin-side-nav-item[data-route='skills/team-clock']";
    private static final String DIRECTORY_NAV = "vaadin-side-nav-item[data-route='skills/directory']";

    private final RunningPlatform platform;

    MarketplaceUiIT(RunningPlatform platform) {
        this.platform = platform;
    }

    @Test
    void theOperatorInstallsUpgradesRollsBackAndUninstallsASkillWithProgressOnScreen() {
        platform.uninstallIfPresent("iban");
        try (Browser browser = new Browser(platform.origin(), Browser.DESKTOP)) {
            browser.signIn("platform", "admin", RunningPlatform.OPERATOR_PASSWORD);
            browser.click(MARKETPLACE_NAV);
            browser.find("#marketplace-catalog");
            browser.type("#marketplace-search", "finance");
            // The search runs once typing pauses; a click on the old list would point at rows that are gone.
            browser.waitUntil(d -> browser.gridShows("Team clock") ? null : true);
            browser.clickGridCell("IBAN check");
            browser.find("#skill-details");
            assertThat(browser.find("#skill-status").getText()).isEqualTo("Not installed");
            assertThat(browser.text()).contains("Permissions it asks for", "Nothing stored", "Finance");

            browser.pick("#skill-version", "0.9.0");
            browser.waitUntil(d -> browser.find("#skill-install").getText().equals("Install 0.9.0") ? true : null);
            browser.click("#skill-install");
            browser.screenshot("marketplace-installing");
            browser.waitForText("IBAN check 0.9.0 is installed");
            // A fast install can end before the test looks, and the bar hides when it ends; the step it showed stays.
            assertThat(browser.script("return document.getElementById('skill-progress-step').textContent"))
                    .as("the progress shown while it installed").asString().isNotBlank();
            browser.screenshot("marketplace-installed");

            browser.waitUntil(d -> browser.find("#skill-install").getText().equals("Upgrade to 1.0.0") ? true : null);
            browser.click("#skill-install");
            browser.waitForText("IBAN check is upgraded to 1.0.0");
            browser.click("#skill-rollback");
            browser.waitForText("IBAN check is back at version 0.9.0");
            assertThat(browser.find("#skill-status").getText()).contains("0.9.0", "1.0.0 available");

            assertThat(platform.api.get(VALID_IBAN, platform.operatorToken()).status())
                    .as("installed but not enabled for the platform organisation").isEqualTo(404);
            browser.click("#skill-enable");
            browser.waitForText("IBAN check is enabled for your organisation");
            Api.Reply served = platform.api.get(VALID_IBAN, platform.operatorToken());
            assertThat(served.status()).isEqualTo(200);
            assertThat(served.body().path("skillVersion").asText()).isEqualTo("0.9.0");

            browser.click("#skill-uninstall");
            browser.waitForText("1 organisation uses it");
            browser.click("vaadin-button[slot='confirm-button']");
            browser.waitForText("IBAN check was uninstalled from this platform");
            browser.waitUntil(d -> browser.find("#skill-status").getText().equals("Not installed") ? true : null);
            assertThat(platform.api.get(VALID_IBAN, platform.operatorToken()).status()).isEqualTo(404);
            browser.screenshot("marketplace-uninstalled");
        } finally {
            platform.uninstallIfPresent("iban");
        }
    }

    @Test
    void aTenantAdminEnablesSkillsWithChosenPermissionsAndOnlyTheirOrganisationGetsThem() {
        assertThat(platform.install("teamclock", "1.0.0").path("state").asText()).isEqualTo("INSTALLED");
        assertThat(platform.install("directory", "1.0.0").path("state").asText()).isEqualTo("INSTALLED");
        var a = platform.newTenant("shop-a");
        var b = platform.newTenant("shop-b");
        try (Browser browser = new Browser(platform.origin(), Browser.DESKTOP)) {
            browser.signIn(a.slug, "chief", a.passwords.get("Admin"));
            assertThat(browser.present(TEAM_CLOCK_NAV)).isFalse();
            browser.open("/marketplace?skill=teamclock");
            browser.find("#skill-enable");
            assertThat(browser.present("#skill-install") || browser.present("#skill-uninstall"))
                    .as("a tenant admin never changes what is installed").isFalse();
            browser.click("#skill-enable");
            browser.waitForText("Team clock is enabled for your organisation");
            browser.find(TEAM_CLOCK_NAV);

            browser.open("/marketplace?skill=directory");
            browser.find("#grant-users-read");
            assertThat(browser.text()).contains("See the users of this organisation",
                    "Why: To list your colleagues' names");
            browser.click("#grant-users-read > label");
            browser.click("#skill-enable");
            browser.waitForText("Team directory is enabled for your organisation");
            assertThat(grantedTo(a, "directory")).as("enabled without the unticked permission").isEmpty();
            browser.click(DIRECTORY_NAV);
            browser.find("#directory-denied");
            browser.screenshot("marketplace-directory-without-permission");

            browser.open("/marketplace?skill=iban");
            assertThat(browser.find("#skill-enable-note").getText()).contains("Ask your provider");

            browser.click("#sign-out");
            browser.signIn(b.slug, "chief", b.passwords.get("Admin"));
            assertThat(browser.present(TEAM_CLOCK_NAV)).as("another organisation does not see it").isFalse();
            browser.open("/skills/team-clock");
            browser.find("#not-found");

            browser.open("/");
            browser.click("#sign-out");
            browser.signIn(a.slug, "manager", a.passwords.get("Manager"));
            assertThat(browser.present(MARKETPLACE_NAV)).as("a Manager cannot enable skills").isFalse();
            browser.find(TEAM_CLOCK_NAV);
            browser.open("/marketplace");
            browser.find("#access-denied");
        } finally {
            platform.uninstallIfPresent("teamclock");
            platform.uninstallIfPresent("directory");
        }
        // A forced uninstall turned the skill off for the organisation: a reinstall does not bring it back on.
        assertThat(platform.install("teamclock", "1.0.0").path("state").asText()).isEqualTo("INSTALLED");
        try {
            assertThat(catalogEntry(a, "teamclock").path("enabled").asBoolean()).isFalse();
        } finally {
            platform.uninstallIfPresent("teamclock");
        }
    }

    private java.util.List<String> grantedTo(RunningPlatform.Tenant tenant, String skillId) {
        var granted = new java.util.ArrayList<String>();
        catalogEntry(tenant, skillId).path("grantedPermissions").forEach(p -> granted.add(p.asText()));
        return granted;
    }

    private JsonNode catalogEntry(RunningPlatform.Tenant tenant, String skillId) {
        for (JsonNode skill : platform.api.get("/v1/marketplace/catalog", tenant.token("Admin")).body().path("items")) {
            if (skill.path("id").asText().equals(skillId)) {
                return skill;
            }
        }
        throw new AssertionError("No " + skillId + " in the catalogue");
    }
}
