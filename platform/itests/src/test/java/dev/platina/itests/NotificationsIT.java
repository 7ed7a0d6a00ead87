package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.notification.webpush.internal.BrowserSubscription;
import dev.platina.notification.webpush.internal.LocalPushService;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Notifications from the running platform to real protocol peers: e-mail to an SMTP server in the test. */
@ExtendWith(RunningPlatform.Extension.class)
class NotificationsIT {

    private final RunningPlatform platform;
    private final Api api;

    NotificationsIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void anApprovalTaskIsAnnouncedByEmailToThoseWhoMayDecideIt() throws Exception {
        var smtp = new GreenMail(new ServerSetup(FreePort.find(), "127.0.0.1", "smtp"));
        smtp.start();
        Path config = platform.home.resolve("etc/dev.platina.notification.email.cfg");
        try {
            Files.writeString(config, "host = 127.0.0.1\nport = " + smtp.getSmtp().getPort() + "\nstartTls = off\n"
                    + "publicOrigin = " + platform.origin() + "\n");
            var tenant = platform.newTenant("notices");
            String workflow = api.post("/v1/workflows", tenant.token("Manager"), Map.of("name", "Pay", "start", "ask",
                    "nodes", List.of(
                            Map.of("id", "ask", "type", "approval", "title", "Pay invoice 42", "proposal",
                                    Map.of("amount", "=input.amount", "payee", "Globex"), "policy",
                                    Map.of("roles", List.of("Admin")), "next", "done", "onReject", "done"),
                            Map.of("id", "done", "type", "end")))).text("id");

            api.post("/v1/workflows/" + workflow + "/runs", tenant.token("User"), Map.of("amount", 250));

            MimeMessage mail = awaitMailTo("chief@" + tenant.slug + ".test", smtp);
            assertThat(mail.getSubject()).isEqualTo("Approval needed: Pay invoice 42");
            String content = GreenMailUtil.getBody(mail);
            assertThat(content).contains("amount: 250", "payee: Globex", platform.origin() + "/approvals?task=");
            assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
            assertThat(html(mail)).as("a tenant without a theme of its own wears the default theme")
                    .contains("background:#1676f3", "Sent by Platina, your AI employee platform.");
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).stream()
                    .noneMatch(r -> r.startsWith("chief@")))).as("only those who may decide").isEmpty();
            assertThat(auditActions(tenant.token("Admin"))).contains("notification.queue", "notification.send");
        } finally {
            Files.deleteIfExists(config);
            smtp.stop();
        }
    }

    @Test
    void aTenantOfAResellerWithAThemeGetsItsBrandInTheEmail() throws Exception {
        var smtp = new GreenMail(new ServerSetup(FreePort.find(), "127.0.0.1", "smtp"));
        smtp.start();
        Path config = platform.home.resolve("etc/dev.platina.notification.email.cfg");
        try {
            Files.writeString(config, "host = 127.0.0.1\nport = " + smtp.getSmtp().getPort() + "\nstartTls = off\n"
                    + "publicOrigin = " + platform.origin() + "\n");
            deployTheme("northwind");
            String slug = "nw-mail-" + UUID.randomUUID().toString().substring(0, 8);
            String adminToken = resellerCustomer("northwind", slug);
            String clerkPassword = "secret words " + UUID.randomUUID();
            Api.Reply clerk = api.post("/v1/users", adminToken, Map.of("username", "clerk", "password", clerkPassword,
                    "roles", List.of("User")));
            assertThat(clerk.status()).as(clerk.toString()).isEqualTo(201);
            String workflow = api.post("/v1/workflows", adminToken, Map.of("name", "Pay", "start", "ask", "nodes",
                    List.of(Map.of("id", "ask", "type", "approval", "title", "Pay invoice 43", "proposal",
                            Map.of("amount", 90), "policy", Map.of("roles", List.of("Admin")), "next", "done",
                            "onReject", "done"), Map.of("id", "done", "type", "end")))).text("id");

            api.post("/v1/workflows/" + workflow + "/runs", api.login(slug, "clerk", clerkPassword), Map.of());

            MimeMessage mail = awaitMailTo("boss@" + slug + ".test", smtp);
            assertThat(html(mail)).contains("Open in Northwind AI Desk", "background:#0b5394",
                    "Northwind Cloud Services \u00b7 support@northwind.example", "src=\"cid:brand-logo@platina\"")
                    .doesNotContain("Open in Platina");
            MimeBodyPart logo = part(mail, "image/png").orElseThrow(() -> new AssertionError("no inline logo"));
            assertThat(logo.getContentID()).isEqualTo("<brand-logo@platina>");
            assertThat(logo.getDisposition()).isEqualTo("inline");
        } finally {
            Files.deleteIfExists(config);
            smtp.stop();
        }
    }

    /** Deploys the sample reseller theme (other tests may have done so) and waits until its files are served. */
    private void deployTheme(String theme) throws Exception {
        Path deployed = platform.home.resolve("deploy").resolve("dev.platina.branding." + theme + ".jar");
        if (!Files.exists(deployed)) {
            Files.copy(LiveUiIT.deployables().resolve("dev.platina.branding." + theme + ".jar"), deployed);
        }
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(platform.origin() + "/theme/" + theme
                + "/styles.css")).build();
        for (int i = 0; i < 300; i++) {
            if (http.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The theme " + theme + " was never served");
    }

    /** A new tenant of the reseller (made if needed); returns its admin's token. The admin is boss@slug.test. */
    private String resellerCustomer(String reseller, String slug) {
        String resellerPassword = "reseller " + reseller + " passphrase for tests";
        Api.Reply created = api.post("/v1/organizations", platform.operatorToken(), Map.of("slug", reseller, "name",
                reseller, "kind", "reseller", "admin", Map.of("username", "owner", "password", resellerPassword)));
        assertThat(created.status()).as(created.toString()).isIn(201, 409);
        String password = "tenant chief passphrase " + UUID.randomUUID();
        Api.Reply tenant = api.post("/v1/organizations", api.login(reseller, "owner", resellerPassword), Map.of(
                "slug", slug, "name", "Client of " + reseller, "kind", "tenant", "admin", Map.of("username", "boss",
                        "password", password, "email", "boss@" + slug + ".test")));
        assertThat(tenant.status()).as(tenant.toString()).isEqualTo(201);
        return api.login(slug, "boss", password);
    }

    private static String html(MimeMessage mail) throws Exception {
        MimeBodyPart html = part(mail, "text/html").orElseThrow(() -> new AssertionError("no HTML part"));
        return (String) html.getContent();
    }

    private static Optional<MimeBodyPart> part(Part part, String type) throws Exception {
        if (part instanceof MimeBodyPart body && part.isMimeType(type)) {
            return Optional.of(body);
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<MimeBodyPart> found = part(multipart.getBodyPart(i), type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void aSubscribedPhoneGetsTheApprovalAndItsApproveButtonDecidesWithoutSigningIn() throws Exception {
        Path config = platform.home.resolve("etc/dev.platina.notification.webpush.cfg");
        Files.writeString(config, "allowInsecureEndpoints = true\n");
        try (var pushService = new LocalPushService()) {
            var phone = new BrowserSubscription();
            var tenant = platform.newTenant("push");
            subscribe(tenant.token("User"), pushService.newEndpoint(), phone);
            String workflow = api.post("/v1/workflows", tenant.token("Manager"), Map.of("name", "Send", "start", "ask",
                    "nodes", List.of(
                            Map.of("id", "ask", "type", "approval", "title", "Send follow-up to Jane Doe",
                                    "proposal", Map.of("to", "jane@globex.example"), "policy",
                                    Map.of("roles", List.of("User")), "next", "done", "onReject", "done"),
                            Map.of("id", "done", "type", "end")))).text("id");
            String run = api.post("/v1/workflows/" + workflow + "/runs", tenant.token("Manager"), Map.of()).text("id");

            LocalPushService.Received message = awaitPush(pushService);
            JsonNode shown = Api.JSON.readTree(phone.decrypt(message.body()));
            assertThat(shown.path("title").asText()).isEqualTo("Approval needed: Send follow-up to Jane Doe");
            assertThat(shown.path("body").asText()).contains("to: jane@globex.example");
            assertThat(message.header("Urgency")).isEqualTo("high");
            JsonNode approve = shown.path("actions").get(0);
            assertThat(approve.path("id").asText()).isEqualTo("approve");

            String action = approve.path("url").asText().substring("/api".length());
            Api.Reply forged = api.post(action, null, Map.of("token", approve.path("token").asText() + "x"));
            Api.Reply pressed = api.post(action, null, Map.of("token", approve.path("token").asText()));
            Api.Reply again = api.post(action, null, Map.of("token", approve.path("token").asText()));

            assertThat(forged.status()).isEqualTo(401);
            assertThat(pressed.status()).as(pressed.toString()).isEqualTo(200);
            assertThat(pressed.text("state")).isEqualTo("APPROVED");
            assertThat(again.status()).as("decided already").isEqualTo(409);
            assertThat(api.awaitRunEnd(run, tenant.token("Viewer")).path("state").asText()).isEqualTo("COMPLETED");
            assertThat(auditActions(tenant.token("Admin"))).contains("notification.push.subscribe",
                    "notification.send", "approval.decide");
        } finally {
            Files.deleteIfExists(config);
        }
    }

    /** Subscribes as a browser would, once the platform applied the configuration that allows a local service. */
    private void subscribe(String token, String endpoint, BrowserSubscription phone) throws InterruptedException {
        Api.Reply reply = null;
        for (int i = 0; i < 150; i++) {
            reply = api.post("/v1/me/push-subscriptions", token, Map.of("endpoint", endpoint, "keys",
                    Map.of("p256dh", phone.p256dh(), "auth", phone.authSecret())));
            if (reply.status() == 201) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The subscription was never accepted: " + reply);
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

    private static MimeMessage awaitMailTo(String address, GreenMail smtp) throws Exception {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (recipients(message).contains(address)) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No e-mail reached " + address);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            var found = new ArrayList<String>();
            for (var address : message.getRecipients(Message.RecipientType.TO)) {
                found.add(((InternetAddress) address).getAddress());
            }
            return found;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> auditActions(String token) {
        var actions = new ArrayList<String>();
        api.get("/v1/audit?limit=200", token).body().path("items").forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }
}
