package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jakarta.mail.internet.MimeMessage;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The connector skills in the running distribution: each installs from the signed marketplace repository,
 * resolves, and offers its connector and steps to an organisation that enables it; Twilio's form-encoded and
 * Slack's signed webhooks arrive intact through the platform's HTTP stack; the e-mail skill watches a real IMAP
 * inbox (GreenMail) from inside OSGi and answers over SMTP in the thread.
 */
@ExtendWith(RunningPlatform.Extension.class)
class ConnectorSkillsIT {
    private static final String TWILIO_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TWILIO_TOKEN = "5f4dcc3b5aa765d61d8327deb882cf99";
    private static final String SLACK_TOKEN = "xoxb-1-it-token";
    private static final String SLACK_SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    private final RunningPlatform platform;
    private final Api api;

    ConnectorSkillsIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void everyConnectorSkillInstallsAndOffersItsConnectorAndSteps() {
        var tenant = platform.newTenant("connectors");
        String admin = tenant.token("Admin");
        Map<String, String> stepOf = Map.of("stripe", "stripe.refund.create", "hubspot", "hubspot.contact.read",
                "twilio", "twilio.sms.send", "slack", "slack.message.post", "caldav", "caldav.event.create",
                "google-calendar", "google-calendar.event.create", "salesforce", "salesforce.lead.create",
                "email", "email.reply");
        for (String skill : stepOf.keySet()) {
            platform.uninstallIfPresent(skill);
            JsonNode installed = platform.install(skill, "1.0.0");
            assertThat(installed.path("state").asText()).as(skill + ": " + installed).isEqualTo("INSTALLED");
            Api.Reply enabled = api.send("PUT", "/v1/marketplace/skills/" + skill + "/enablement", admin, Map.of(),
                    null);
            assertThat(enabled.status()).as(skill + ": " + enabled).isEqualTo(200);
        }
        JsonNode connectors = api.get("/v1/connections", tenant.token("Viewer")).body();
        JsonNode steps = api.get("/v1/workflows/step-types", tenant.token("Manager")).body();
        for (var skill : stepOf.entrySet()) {
            assertThat(connectors.toString()).as(connectors.toString()).contains("\"" + skill.getKey() + "\"");
            assertThat(steps.toString()).as(skill.getKey()).contains("\"" + skill.getValue() + "\"");
        }
    }

    @Test
    void aSignedTwilioTextAndASignedSlackMessageStartWorkflowsAndForgeriesAreRefused() throws Exception {
        try (var peers = new Peers()) {
            var tenant = platform.newTenant("messages");
            String admin = tenant.token("Admin");
            for (String skill : List.of("twilio", "slack")) {
                platform.uninstallIfPresent(skill);
                platform.install(skill, "1.0.0");
                assertThat(api.send("PUT", "/v1/marketplace/skills/" + skill + "/enablement", admin, Map.of(), null)
                        .status()).isEqualTo(200);
            }
            Api.Reply twilio = api.send("PUT", "/v1/connections/twilio", admin, Map.of("accountSid", TWILIO_SID,
                    "authToken", TWILIO_TOKEN, "sender", "+15005550006", "baseUrl", peers.baseUrl()), null);
            assertThat(twilio.status()).as(twilio.toString()).isEqualTo(200);
            Api.Reply slack = api.send("PUT", "/v1/connections/slack", admin, Map.of("botToken", SLACK_TOKEN,
                    "signingSecret", SLACK_SIGNING_SECRET, "baseUrl", peers.baseUrl() + "/api"), null);
            assertThat(slack.status()).as(slack.toString()).isEqualTo(200);
            String onText = api.post("/v1/workflows", tenant.token("Manager"), onEvent("sms.received", "from"))
                    .text("id");
            String onChat = api.post("/v1/workflows", tenant.token("Manager"), onEvent("chat.message.received",
                    "text")).text("id");

            String smsPath = twilio.text("webhookPath").substring("/api".length());
            var form = new TreeMap<String, String>(Map.of("MessageSid", "SM0123456789abcdef0123456789abcdef",
                    "AccountSid", TWILIO_SID, "From", "+4915112345678", "To", "+15005550006",
                    "Body", "Can we move our call to 3pm?", "NumMedia", "0"));
            String formBody = String.join("&", form.entrySet().stream().map(e -> encode(e.getKey()) + "="
                    + encode(e.getValue())).toList());
            String signed = twilioSignature(platform.origin() + "/api" + smsPath, form);
            Api.Reply forgedText = sendForm(smsPath, formBody, Map.of("X-Twilio-Signature", twilioSignature(
                    platform.origin() + "/api" + smsPath, new TreeMap<>(Map.of("Body", "other")))));
            assertThat(forgedText.status()).isEqualTo(401);
            Api.Reply text = sendForm(smsPath, formBody, Map.of("X-Twilio-Signature", signed));
            assertThat(text.status()).as(text.toString()).isEqualTo(200);
            assertThat(text.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/xml"));
            assertThat(text.raw().body()).as("empty TwiML").endsWith("<Response></Response>");

            String chatPath = slack.text("webhookPath").substring("/api".length());
            String event = "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
                    + "\"event_id\":\"Ev0IT1\",\"event_time\":" + Instant.now().getEpochSecond() + ",\"event\":{"
                    + "\"type\":\"message\",\"channel\":\"C1\",\"user\":\"U1\",\"text\":\"Is the offer ready?\","
                    + "\"ts\":\"1732270000.000100\",\"channel_type\":\"channel\"}}";
            String timestamp = Long.toString(Instant.now().getEpochSecond());
            Api.Reply forgedChat = api.send("POST", chatPath, null, event, null, Map.of("X-Slack-Signature",
                    slackSignature("not-the-secret", timestamp, event), "X-Slack-Request-Timestamp", timestamp));
            assertThat(forgedChat.status()).isEqualTo(401);
            Api.Reply chat = api.send("POST", chatPath, null, event, null, Map.of("X-Slack-Signature",
                    slackSignature(SLACK_SIGNING_SECRET, timestamp, event), "X-Slack-Request-Timestamp",
                    timestamp));
            assertThat(chat.status()).as(chat.toString()).isEqualTo(200);

            assertThat(awaitRunInput(onText, admin).path("from").asText()).isEqualTo("+4915112345678");
            assertThat(awaitRunInput(onChat, admin).path("text").asText()).isEqualTo("Is the offer ready?");
        }
    }

    @Test
    void mailArrivingOverImapIsAnsweredInItsThreadOverSmtp() throws Exception {
        var mail = new GreenMail(new ServerSetup[] {new ServerSetup(FreePort.find(), "127.0.0.1", "smtp"),
            new ServerSetup(FreePort.find(), "127.0.0.1", "imap")});
        mail.start();
        try {
            var mailbox = mail.setUser("sales@acme.example", "sales", "mail-it-password");
            var tenant = platform.newTenant("mail");
            String admin = tenant.token("Admin");
            platform.uninstallIfPresent("email");
            platform.install("email", "1.0.0");
            assertThat(api.send("PUT", "/v1/marketplace/skills/email/enablement", admin, Map.of(), null).status())
                    .isEqualTo(200);
            Api.Reply connected = api.send("PUT", "/v1/connections/email", admin, Map.of("imapHost", "127.0.0.1",
                    "imapPort", Integer.toString(mail.getImap().getPort()), "imapSecurity", "none",
                    "smtpHost", "127.0.0.1", "smtpPort", Integer.toString(mail.getSmtp().getPort()),
                    "smtpSecurity", "none", "username", "sales", "password", "mail-it-password",
                    "fromAddress", "sales@acme.example"), null);
            assertThat(connected.status()).as(connected.toString()).isEqualTo(200);
            api.post("/v1/workflows", tenant.token("Manager"), Map.of("name", "Acknowledge mail", "trigger",
                    Map.of("type", "event", "event", "email.received"), "start", "reply", "nodes", List.of(
                            Map.of("id", "reply", "type", "step", "step", "email.reply", "input", Map.of(
                                    "replyTo", "=trigger.event.data.messageId",
                                    "references", "=trigger.event.data.references",
                                    "subject", "=trigger.event.data.subject",
                                    "to", "=trigger.event.data.replyAddress",
                                    "text", "Thank you, Jane. We will send the offer today."), "next", "done"),
                            Map.of("id", "done", "type", "end"))));
            // The first poll notes the newest mail (nothing old is replayed), then IMAP IDLE watches the inbox.
            Thread.sleep(6_000);
            var question = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
            question.setFrom("jane.doe@globex.example");
            question.setRecipients(jakarta.mail.Message.RecipientType.TO, "sales@acme.example");
            question.setSubject("Offer for 40 seats?");
            question.setText("Hello, could you send us an offer for 40 seats?");
            mailbox.deliver(question);
            MimeMessage answer = awaitMailTo(mail, "jane.doe@globex.example", 60);
            assertThat(answer.getSubject()).isEqualTo("Re: Offer for 40 seats?");
            String asked = mailsTo(mail, "sales@acme.example").get(0).getMessageID();
            assertThat(answer.getHeader("In-Reply-To")[0]).isEqualTo(asked);
            assertThat(answer.getHeader("References")[0]).contains(asked);
            assertThat(GreenMailUtil.getBody(answer)).contains("We will send the offer today.");
            Thread.sleep(1_000);
            assertThat(mailsTo(mail, "jane.doe@globex.example")).hasSize(1);
        } finally {
            mail.stop();
        }
    }

    private static MimeMessage awaitMailTo(GreenMail mail, String address, int seconds) throws Exception {
        for (int i = 0; i < seconds * 10; i++) {
            List<MimeMessage> received = mailsTo(mail, address);
            if (!received.isEmpty()) {
                return received.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail reached " + address + " within " + seconds + " s");
    }

    private static List<MimeMessage> mailsTo(GreenMail mail, String address) throws Exception {
        var found = new ArrayList<MimeMessage>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            for (var to : message.getAllRecipients()) {
                if (to.toString().contains(address)) {
                    found.add(message);
                }
            }
        }
        return found;
    }

    private Api.Reply sendForm(String path, String body, Map<String, String> headers) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(platform.origin() + "/api" + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        var response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
        return new Api.Reply(response.statusCode(), response, Api.JSON.readTree(json && !response.body().isBlank()
                ? response.body() : "{}"));
    }

    private JsonNode awaitRunInput(String workflowId, String token) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (JsonNode run : api.get("/v1/runs", token).body().path("items")) {
                if (run.path("workflowId").asText().equals(workflowId)) {
                    return run.path("input");
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No run of " + workflowId + " started");
    }

    private static Map<String, Object> onEvent(String type, String field) {
        return Map.of("name", "On " + type, "trigger", Map.of("type", "event", "event", type), "start", "note",
                "nodes", List.of(Map.of("id", "note", "type", "step", "step", "data.set", "input", Map.of(field,
                        "=trigger.event.data." + field), "next", "done"), Map.of("id", "done", "type", "end")));
    }

    private static String twilioSignature(String url, TreeMap<String, String> parameters) throws Exception {
        var signed = new StringBuilder(url);
        parameters.forEach((name, value) -> signed.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(TWILIO_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String slackSignature(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Twilio's account read and Slack's auth.test, enough for the connections' checks. */
    private static final class Peers implements AutoCloseable {
        private final HttpServer server;
        private final List<String> calls = new ArrayList<>();

        Peers() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/2010-04-01/Accounts/" + TWILIO_SID + ".json", exchange -> answer(exchange,
                    "{\"sid\":\"" + TWILIO_SID + "\",\"friendly_name\":\"Acme Support\",\"status\":\"active\"}"));
            server.createContext("/api/auth.test", exchange -> answer(exchange, ("Bearer " + SLACK_TOKEN).equals(
                    exchange.getRequestHeaders().getFirst("Authorization"))
                            ? "{\"ok\":true,\"url\":\"https://acme.slack.com/\",\"team\":\"Acme\",\"user\":\"platina\","
                                    + "\"team_id\":\"T1\",\"user_id\":\"U0BOT\",\"bot_id\":\"B1\"}"
                            : "{\"ok\":false,\"error\":\"invalid_auth\"}"));
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void answer(HttpExchange exchange, String body) throws IOException {
            try (exchange) {
                calls.add(exchange.getRequestURI().toString());
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
