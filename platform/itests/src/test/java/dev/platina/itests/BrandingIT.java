package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/** White-label themes per organisation and host name, deployed live, and the PWA every brand ships. */
@ExtendWith(RunningPlatform.Extension.class)
class BrandingIT {

    private final RunningPlatform platform;
    private final HttpClient http = HttpClient.newHttpClient();

    BrandingIT(RunningPlatform platform) {
        this.platform = platform;
    }

    @Test
    void tenantsOfTwoResellersSeeTheirResellersBrandAndDeployingAThemeRebrandsOpenPages() throws Exception {
        Customer a = customerOf("northwind");
        Customer b = customerOf("sunrise");
        try (Browser pageA = new Browser(platform.origin(), Browser.DESKTOP);
                Browser pageB = new Browser(platform.origin(), Browser.PHONE);
                Browser byHost = new Browser(platform.origin().replace("127.0.0.1", "northwind.localhost"),
                        Browser.PHONE)) {
            pageA.signIn(a.slug, "boss", a.password);
            if ("default".equals(themeOf(pageA))) {
                pageA.screenshot("desktop-tenant-a-before-theme");
            }
            // Other tests on this platform may have deployed one of the themes already; deploy what is missing.
            for (String theme : new String[] {"northwind", "sunrise"}) {
                Path deployed = platform.home.resolve("deploy").resolve("dev.platina.branding." + theme + ".jar");
                if (!Files.exists(deployed)) {
                    Files.copy(LiveUiIT.deployables().resolve("dev.platina.branding." + theme + ".jar"), deployed,
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            // The page that was open when the theme arrived re-brands without a reload.
            pageA.waitUntil(d -> "northwind".equals(themeOf(pageA)) ? true : null);
            pageA.waitUntil(d -> pageA.find("#product-name").getText().equals("Northwind AI Desk") ? true : null);
            pageA.screenshot("desktop-tenant-a-northwind");

            pageB.signIn(b.slug, "boss", b.password);
            pageB.waitUntil(d -> "sunrise".equals(themeOf(pageB)) ? true : null);
            assertThat(pageB.find("#product-name").getText()).isEqualTo("Sunrise Assist");
            pageB.waitUntil(d -> primaryColor(pageB).contains("#d9480f") ? true : null);
            assertThat(primaryColor(pageA)).contains("#0b5394");
            pageB.screenshot("phone-tenant-b-sunrise");

            byHost.open("/login");
            byHost.find("#login-username");
            byHost.waitUntil(d -> "northwind".equals(themeOf(byHost)) ? true : null);
            assertThat(byHost.find("#product-name").getText()).isEqualTo("Northwind AI Desk");
            byHost.screenshot("phone-login-by-host-northwind");
        }
    }

    @Test
    void everyBrandHasAValidManifestAndTheServiceWorkerServesTheOfflinePage() throws Exception {
        JsonNode manifest = Api.JSON.readTree(get("/manifest/default.webmanifest", "application/manifest+json"));
        assertThat(manifest.path("name").asText()).isEqualTo("Platina");
        assertThat(manifest.path("short_name").asText()).isNotBlank();
        assertThat(manifest.path("start_url").asText()).isEqualTo("/");
        assertThat(manifest.path("display").asText()).isEqualTo("standalone");
        assertThat(manifest.path("theme_color").asText()).matches("#[0-9a-fA-F]{6}");
        for (JsonNode icon : manifest.path("icons")) {
            byte[] png = getBytes(icon.path("src").asText(), "image/png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(icon.path("sizes").asText());
        }
        assertThat(manifest.path("icons").size()).isGreaterThanOrEqualTo(2);
        assertThat(new String(getBytes("/sw.js", "text/javascript"))).contains("addEventListener('fetch'");

        VanishingProxy proxy = new VanishingProxy(platform.origin());
        try (proxy; Browser browser = new Browser(proxy.origin(), Browser.PHONE)) {
            browser.open("/login");
            browser.find("#login-username");
            Object scope = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                    "const done = arguments[0]; navigator.serviceWorker.ready"
                            + ".then(r => caches.match('/offline.html').then(page => done(r.scope + ' '"
                            + " + r.active.scriptURL + ' ' + !!page))).catch(e => done('error ' + e));");
            assertThat(String.valueOf(scope)).isEqualTo(proxy.origin() + "/ " + proxy.origin() + "/sw.js true");

            // Controlled by the worker now: the app shell's files go into its cache, and Chromium finds nothing
            // that would stop the app from being installed.
            browser.driver.navigate().refresh();
            browser.find("#login-username");
            browser.waitUntil(d -> String.valueOf(((JavascriptExecutor) d).executeAsyncScript(
                    "const done = arguments[0]; caches.open('platina-shell-v1').then(c => c.keys())"
                            + ".then(keys => done(keys.map(k => k.url).join(' ')))")).contains("/VAADIN/build/")
                    ? true : null);
            Map<String, Object> installability = browser.driver.executeCdpCommand("Page.getInstallabilityErrors",
                    Map.of());
            assertThat(String.valueOf(installability.get("installabilityErrors"))).isEqualTo("[]");

            proxy.close();
            browser.driver.navigate().refresh();
            browser.find("#offline");
            assertThat(browser.text()).contains("You are offline");
            browser.screenshot("phone-offline-page");
        }
    }

    private record Customer(String slug, String password) {
    }

    /** A tenant created by the reseller {@code reseller} (created first if this run has none yet). */
    private Customer customerOf(String reseller) {
        String resellerPassword = "reseller " + reseller + " passphrase for tests";
        Api.Reply created = platform.api.post("/v1/organizations", platform.operatorToken(), Map.of("slug", reseller,
                "name", reseller, "kind", "reseller", "admin", Map.of("username", "owner", "password",
                        resellerPassword)));
        assertThat(created.status()).as(created.toString()).isIn(201, 409);
        String resellerToken = platform.api.login(reseller, "owner", resellerPassword);
        String slug = reseller.substring(0, 2) + "-client-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "tenant chief passphrase " + UUID.randomUUID();
        Api.Reply tenant = platform.api.post("/v1/organizations", resellerToken, Map.of("slug", slug, "name",
                "Client of " + reseller, "kind", "tenant", "admin", Map.of("username", "boss", "password",
                        password)));
        assertThat(tenant.status()).as(tenant.toString()).isEqualTo(201);
        return new Customer(slug, password);
    }

    private static String themeOf(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.getAttribute('data-platina-theme-id')"));
    }

    private static String primaryColor(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver).executeScript(
                "return getComputedStyle(document.documentElement).getPropertyValue('--lumo-primary-color')"))
                .trim().toLowerCase();
    }

    private byte[] getBytes(String path, String expectedType) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(platform.origin() + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith(expectedType);
        return response.body();
    }

    private String get(String path, String expectedType) throws Exception {
        return new String(getBytes(path, expectedType), java.nio.charset.StandardCharsets.UTF_8);
    }
}
