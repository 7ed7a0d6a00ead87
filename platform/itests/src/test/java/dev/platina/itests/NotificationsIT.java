package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.notification.webpush.internal.BrowserSubscription;
import dev.platina.notification.webpush.internal.LocalPushService;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).stream()
                    .noneMatch(r -> r.startsWith("chief@")))).as("only those who may decide").isEmpty();
            assertThat(auditActions(tenant.token("Admin"))).contains("notification.queue", "notification.send");
        } finally {
            Files.deleteIfExists(config);
            smtp.stop();
        }
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
