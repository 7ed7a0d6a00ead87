package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The web UI's journeys in headless Chromium against the running distribution. Screenshots: target/screenshots. */
@ExtendWith(RunningPlatform.Extension.class)
class WebUiIT {

    private final RunningPlatform platform;

    WebUiIT(RunningPlatform platform) {
        this.platform = platform;
    }

    @Test
    void adminCreatesAViewerWhoSeesNoAdminScreensAndIsClearlyDeniedOnADirectUrl() {
        var tenant = platform.newTenant("webui");
        String viewerPassword = "viewer words for the browser test";
        try (Browser admin = new Browser(platform.origin(), Browser.DESKTOP)) {
            admin.signIn(tenant.slug, "chief", tenant.passwords.get("Admin"));
            admin.screenshot("desktop-dashboard-admin");
            assertThat(admin.present("vaadin-side-nav-item[data-route='users']")).isTrue();
            assertThat(admin.present("vaadin-side-nav-item[data-route='organizations']")).as("tree in a tenant").isFalse();

            admin.click("vaadin-side-nav-item[data-route='users']");
            admin.find("#users-grid");
            admin.click("#new-user");
            admin.type("#new-user-username", "vera");
            admin.type("#new-user-name", "Vera Viewer");
            admin.type("#new-user-password", viewerPassword);
            admin.waitUntil(d -> d.findElements(org.openqa.selenium.By.cssSelector("#new-user-roles vaadin-checkbox"))
                    .stream().filter(c -> c.getText().startsWith("Viewer")).findFirst().orElse(null)).click();
            admin.click("#new-user-create");
            admin.waitForText("User vera created");
            admin.waitUntil(d -> admin.text().contains("Vera Viewer") ? true : null);
            admin.screenshot("desktop-users-after-create");
        }

        try (Browser viewer = new Browser(platform.origin(), Browser.PHONE)) {
            viewer.signIn(tenant.slug, "vera", viewerPassword);
            viewer.screenshot("phone-dashboard-viewer");
            assertThat(viewer.present("vaadin-side-nav-item[data-route='users']")).isFalse();
            assertThat(viewer.present("vaadin-side-nav-item[data-route='audit']")).isFalse();
            assertThat(viewer.present("vaadin-side-nav-item[data-route='organizations']")).isFalse();
            assertThat(viewer.present("vaadin-side-nav-item[data-route='profile']")).isTrue();
            assertThat(viewer.text()).doesNotContain("Organisations", "Audit log");

            viewer.open("/users");
            viewer.find("#access-denied");
            assertThat(viewer.text()).contains("You do not have access to this screen")
                    .contains("ask an administrator").doesNotContain("Exception");
            assertThat(viewer.present("#users-grid")).isFalse();
            viewer.screenshot("phone-access-denied");
        }
    }

    @Test
    void wrongPasswordSaysWhatToDoAndKeepsTheUserOnTheLoginPage() {
        var tenant = platform.newTenant("webui-login");
        try (Browser browser = new Browser(platform.origin(), Browser.PHONE)) {
            browser.open("/users");
            browser.find("#login-username");
            browser.type("#login-organization", tenant.slug);
            browser.type("#login-username", "chief");
            browser.type("#login-password", "not the password at all");
            browser.click("#login-submit");
            browser.waitUntil(d -> browser.find("#login-error").getText().isBlank() ? null : true);
            assertThat(browser.find("#login-error").getText()).isNotBlank().doesNotContain("Exception");
            browser.screenshot("phone-login-failed");

            browser.type("#login-password", tenant.passwords.get("Admin"));
            browser.click("#login-submit");
            browser.find("#users-grid");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/users");
        }
    }

    @Test
    void everyScreenOpensAtPhoneAndDesktopWidth() {
        for (var size : new org.openqa.selenium.Dimension[] {Browser.PHONE, Browser.DESKTOP}) {
            String width = size.getWidth() < 700 ? "phone" : "desktop";
            try (Browser operator = new Browser(platform.origin(), size)) {
                operator.signIn("platform", "admin", RunningPlatform.OPERATOR_PASSWORD);
                for (String[] screen : new String[][] {{"/", "#dashboard"}, {"/users", "#users-grid"}, {"/roles", "#roles-grid"},
                    {"/organizations", "#organizations-view"}, {"/audit", "#audit-grid"},
                    {"/profile", "#profile-view"}}) {
                    operator.open(screen[0]);
                    operator.find(screen[1]);
                    assertThat(operator.present("#unexpected-error")).as(screen[0]).isFalse();
                    assertThat(operator.text()).as(screen[0]).doesNotContain("Exception");
                    String name = screen[0].equals("/") ? "dashboard" : screen[0].substring(1);
                    operator.screenshot(width + "-operator-" + name);
                }
            }
        }
    }

    @Test
    void aUserEnrollsTotpFromTheProfileQrCodeAndThenSignsInWithACode() throws Exception {
        var tenant = platform.newTenant("webui-totp");
        try (Browser browser = new Browser(platform.origin(), Browser.PHONE)) {
            browser.signIn(tenant.slug, "user", tenant.passwords.get("User"));
            browser.open("/profile");
            browser.click("#totp-begin");
            browser.find(".platina-qr svg");
            byte[] secret = TotpCodes.decodeBase32(browser.find("#totp-secret").getText());
            browser.type("#totp-code", TotpCodes.now(secret, 0));
            browser.click("#totp-confirm");
            browser.find("#recovery-codes");
            browser.screenshot("phone-totp-enrolled");

            browser.click("#sign-out");
            browser.find("#login-username");
            browser.type("#login-organization", tenant.slug);
            browser.type("#login-username", "user");
            browser.type("#login-password", tenant.passwords.get("User"));
            browser.click("#login-submit");
            browser.find("#login-code");
            assertThat(browser.find("#login-error").getText()).contains("6-digit code");
            browser.type("#login-password", tenant.passwords.get("User"));
            browser.type("#login-code", TotpCodes.now(secret, 1));
            browser.click("#login-submit");
            browser.find("#dashboard");
        }
    }
}
