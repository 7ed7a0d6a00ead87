package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.notification.webpush.internal.BrowserSubscription;
import dev.platina.notification.webpush.internal.LocalPushService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * The Notifications screen in a real browser at phone size. Headless Chromium has no push service (it cannot reach
 * Google's), so the subscription tests replace only the browser's PushManager with one that hands out a subscription
 * for a push service in this test; everything from the page's script to the delivered, decrypted message is real.
 */
@ExtendWith(RunningPlatform.Extension.class)
class NotificationsUiIT {

    private final RunningPlatform platform;
    private final Api api;

    NotificationsUiIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void aPhoneTurnsOnPushReceivesAnApprovalAndSigningOutUnsubscribesIt() throws Exception {
        Path config = platform.home.resolve("etc/dev.platina.notification.webpush.cfg");
        Files.writeString(config, "allowInsecureEndpoints = true\n");
        try (var pushService = new LocalPushService()) {
            var tenant = platform.newTenant("devicepush");
            awaitLocalEndpointsAllowed(tenant.token("Viewer"), pushService.newEndpoint());
            var phone = new BrowserSubscription();
            String endpoint = pushService.newEndpoint();
            try (Browser browser = new Browser(platform.origin(), Browser.PHONE)) {
                browser.setPermission("notifications", "granted");
                browser.beforeEveryPage(fakePushManager(endpoint, phone));
                browser.signIn(tenant.slug, "user", tenant.passwords.get("User"));
                browser.open("/notifications");
                browser.waitUntil(d -> browser.find("#push-device-state").getText().contains("off for this device")
                        ? Boolean.TRUE : null);

                browser.click("#push-device-enable");

                browser.waitUntil(d -> browser.find("#push-device-state").getText()
                        .equals("Notifications are on for this device.") ? Boolean.TRUE : null);
                assertThat(browser.script("return localStorage.getItem('test-push-key')"))
                        .as("subscribed with the installation's VAPID key")
                        .isEqualTo(api.get("/v1/push/vapid-public-key", tenant.token("User")).text("publicKey"));
                assertThat(devices(tenant.token("User"))).hasSize(1);

                browser.click("#push-device-disable");
                browser.waitUntil(d -> browser.find("#push-device-state").getText()
                        .equals("Notifications are off for this device.") ? Boolean.TRUE : null);
                assertThat(devices(tenant.token("User"))).as("turned off on the server too").isEmpty();
                browser.click("#push-device-enable");
                browser.waitUntil(d -> browser.find("#push-device-state").getText()
                        .equals("Notifications are on for this device.") ? Boolean.TRUE : null);
                assertThat(devices(tenant.token("User"))).hasSize(1);

                startApproval(tenant);
                JsonNode shown = Api.JSON.readTree(phone.decrypt(awaitPush(pushService).body()));
                assertThat(shown.path("title").asText()).isEqualTo("Approval needed: Send follow-up to Jane Doe");

                browser.open("/notifications");
                browser.waitUntil(d -> browser.find("#push-device-state").getText()
                        .equals("Notifications are on for this device.") ? Boolean.TRUE : null);
                browser.click("#sign-out");
                browser.find("#login-submit");

                assertThat(browser.script("return localStorage.getItem('test-push-key')"))
                        .as("the browser's subscription ended too").isNull();
            }
            assertThat(devices(tenant.token("User"))).as("a shared phone stops getting the approvals").isEmpty();
            assertThat(auditActions(tenant.token("Admin"))).contains("notification.push.subscribe",
                    "notification.push.unsubscribe");
        } finally {
            Files.deleteIfExists(config);
        }
    }

    @Test
    void withoutAPushServiceOrPermissionThePageSaysWhatStandsInTheWay() {
        var tenant = platform.newTenant("nopush");
        try (Browser browser = new Browser(platform.origin(), Browser.PHONE)) {
            browser.signIn(tenant.slug, "user", tenant.passwords.get("User"));

            browser.setPermission("notifications", "granted");
            browser.open("/notifications");
            browser.click("#push-device-enable");
            // The real browser's PushManager: headless Chromium here cannot reach a push service.
            String failed = browser.waitUntil(java.time.Duration.ofSeconds(45), d -> {
                String text = browser.find("#push-device-state").getText();
                return text.startsWith("This device could not subscribe: ") ? text : null;
            });
            assertThat(failed).endsWith(". Try again later, or use e-mail below.");
            assertThat(devices(tenant.token("User"))).isEmpty();

            browser.setPermission("notifications", "denied");
            browser.open("/notifications");
            browser.waitUntil(d -> browser.find("#push-device-state").getText().equals("Blocked by the browser:"
                    + " allow notifications for this site in the browser's site settings, then press the button"
                    + " again.") ? Boolean.TRUE : null);
        }
        try (Browser withoutPushApi = new Browser(platform.origin(), Browser.PHONE)) {
            // As on an iPhone whose browser tab (not the home-screen app) has no Push API.
            withoutPushApi.beforeEveryPage("delete window.PushManager;");
            withoutPushApi.signIn(tenant.slug, "user", tenant.passwords.get("User"));
            withoutPushApi.open("/notifications");
            withoutPushApi.waitUntil(d -> withoutPushApi.find("#push-device-state").getText().startsWith(
                    "This browser cannot receive push notifications.") ? Boolean.TRUE : null);
        }
    }

    @Test
    void onAPhoneAPersonMutesEmailAndSetsQuietHoursWithClearErrors() {
        var tenant = platform.newTenant("prefs");
        try (Browser browser = new Browser(platform.origin(), Browser.PHONE)) {
            browser.cdp("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Berlin"));
            browser.signIn(tenant.slug, "user", tenant.passwords.get("User"));
            browser.open("/notifications");
            browser.find("#channel-email");
            assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                    .as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390L);

            browser.click("#channel-email");
            browser.click("#quiet-hours");
            pickTime(browser, "#quiet-from", "22:00");
            pickTime(browser, "#quiet-until", "22:00");
            assertThat(browser.find("#time-zone input").getAttribute("value")).isEqualTo("UTC");
            browser.click("#time-zone-device");
            browser.waitUntil(d -> "Europe/Berlin".equals(browser.find("#time-zone input").getAttribute("value"))
                    ? Boolean.TRUE : null);
            browser.click("#notification-preferences-save");
            browser.waitUntil(d -> browser.find("#notification-preferences-error").getText()
                    .equals("Quiet hours must end at another time than they start.") ? Boolean.TRUE : null);
            assertThat(browser.find("#quiet-until").getAttribute("invalid")).isNotNull();
            assertThat(api.get("/v1/me/notification-preferences", tenant.token("User")).body()
                    .path("mutedChannels")).as("nothing saved yet").isEmpty();

            pickTime(browser, "#quiet-until", "07:00");
            browser.click("#notification-preferences-save");
            browser.waitForText("Notification settings saved.");
        }
        JsonNode saved = api.get("/v1/me/notification-preferences", tenant.token("User")).body();
        assertThat(saved.path("mutedChannels")).extracting(JsonNode::asText).containsExactly("email");
        assertThat(saved.path("quietHours").path("from").asText()).isEqualTo("22:00");
        assertThat(saved.path("quietHours").path("until").asText()).isEqualTo("07:00");
        assertThat(saved.path("timeZone").asText()).isEqualTo("Europe/Berlin");
    }

    private static void pickTime(Browser browser, String css, String time) {
        browser.type(css, time);
        browser.find(css + " input").sendKeys(Keys.ENTER, Keys.TAB);
        browser.settle();
        awaitDropDownsClosed(browser);
    }

    /** An open drop-down covers the page below it, as it does for a person until they tap elsewhere. */
    private static void awaitDropDownsClosed(Browser browser) {
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("return !document.querySelector("
                + "'vaadin-time-picker[opened], vaadin-combo-box[opened]')")) ? Boolean.TRUE : null);
    }

    /**
     * Stands in for the browser's push service: subscribe() hands out a subscription for the test's endpoint and
     * keys, remembered in localStorage (with the key it was asked for) so that it outlives page loads like a real one.
     */
    private static String fakePushManager(String endpoint, BrowserSubscription phone) {
        return """
                (() => {
                  const json = {endpoint: '%s', expirationTime: null, keys: {p256dh: '%s', auth: '%s'}};
                  const subscription = () => ({
                    endpoint: json.endpoint,
                    options: {applicationServerKey: Uint8Array.from(atob(localStorage.getItem('test-push-key')
                        .replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0)).buffer},
                    toJSON: () => json,
                    unsubscribe: async () => { localStorage.removeItem('test-push-key'); return true; },
                  });
                  PushManager.prototype.subscribe = async function (options) {
                    const key = new Uint8Array(options.applicationServerKey);
                    localStorage.setItem('test-push-key', btoa(String.fromCharCode(...key))
                        .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, ''));
                    return subscription();
                  };
                  PushManager.prototype.getSubscription = async function () {
                    return localStorage.getItem('test-push-key') ? subscription() : null;
                  };
                })();
                """.formatted(endpoint, phone.p256dh(), phone.authSecret());
    }

    /** The platform applies the configuration that allows a local push service a moment after it is written. */
    private void awaitLocalEndpointsAllowed(String token, String endpoint) throws Exception {
        var probe = new BrowserSubscription();
        Api.Reply reply = null;
        for (int i = 0; i < 150; i++) {
            reply = api.post("/v1/me/push-subscriptions", token, Map.of("endpoint", endpoint, "keys",
                    Map.of("p256dh", probe.p256dh(), "auth", probe.authSecret())));
            if (reply.status() == 201) {
                api.delete("/v1/me/push-subscriptions/" + reply.text("id"), token);
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Local push endpoints were never allowed: " + reply);
    }

    private void startApproval(RunningPlatform.Tenant tenant) {
        String workflow = api.post("/v1/workflows", tenant.token("Manager"), Map.of("name", "Send", "start", "ask",
                "nodes", List.of(
                        Map.of("id", "ask", "type", "approval", "title", "Send follow-up to Jane Doe", "proposal",
                                Map.of("to", "jane@globex.example"), "policy", Map.of("roles", List.of("User")),
                                "next", "done", "onReject", "done"),
                        Map.of("id", "done", "type", "end")))).text("id");
        api.post("/v1/workflows/" + workflow + "/runs", tenant.token("Manager"), Map.of());
    }

    private static LocalPushService.Received awaitPush(LocalPushService service) throws InterruptedException {
        for (int i = 0; i < 450; i++) {
            if (!service.received().isEmpty()) {
                return service.received().get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No push message arrived; refused: " + service.refusals());
    }

    private List<JsonNode> devices(String token) {
        var found = new java.util.ArrayList<JsonNode>();
        api.get("/v1/me/push-subscriptions", token).body().path("items").forEach(found::add);
        return found;
    }

    private List<String> auditActions(String token) {
        var actions = new java.util.ArrayList<String>();
        api.get("/v1/audit?limit=200", token).body().path("items").forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }
}
