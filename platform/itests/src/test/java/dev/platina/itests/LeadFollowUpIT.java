package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jakarta.mail.internet.MimeMessage;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sales journey (issue 9, US4) in the running distribution: HubSpot installed from the marketplace and
 * connected to a local HubSpot; a signed {@code contact.creation} webhook starts "Lead follow-up", which reads the
 * lead, drafts a follow-up e-mail with the offline engine and waits for a person; the rep edits and approves, the
 * mail goes out once over SMTP (GreenMail) and the CRM gets a note of what was sent. Then the meeting booked with the lead starts on a real CalDAV calendar
 * (Radicale) and its configured action logs it on the contact.
 */
@ExtendWith(RunningPlatform.Extension.class)
class LeadFollowUpIT {
    private static final String TOKEN = "pat-eu1-it-5b1f";
    private static final String CLIENT_SECRET = "b1c2d3e4-it-client-secret";
    private static final Map<String, Object> RETRY_WHILE_THE_ENGINE_LOADS = Map.of("maxAttempts", 30,
            "initialDelay", "PT1S", "multiplier", 1.0, "maxDelay", "PT1S");

    private final RunningPlatform platform;
    private final Api api;

    LeadFollowUpIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void aNewHubSpotLeadGetsADraftedFollowUpThatWaitsForApprovalAndGoesOutOnce() throws Exception {
        var mail = new GreenMail(new ServerSetup[] {new ServerSetup(FreePort.find(), "127.0.0.1", "smtp"),
            new ServerSetup(FreePort.find(), "127.0.0.1", "imap")});
        mail.start();
        try (var hubspot = new LocalHubSpot()) {
            mail.setUser("sales@acme.example", "sales", "mail-it-password");
            String lead = hubspot.contact("jane.doe@globex.example", "Jane", "Doe", "Globex");
            var tenant = platform.newTenant("sales");
            String admin = tenant.token("Admin");
            for (String skill : List.of("hubspot", "email")) {
                platform.uninstallIfPresent(skill);
                JsonNode installed = platform.install(skill, "1.0.0");
                assertThat(installed.path("state").asText()).as(installed.toString()).isEqualTo("INSTALLED");
                Api.Reply enabled = api.send("PUT", "/v1/marketplace/skills/" + skill + "/enablement", admin,
                        Map.of(), null);
                assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
            }
            Api.Reply mailbox = api.send("PUT", "/v1/connections/email", admin, Map.of("imapHost", "127.0.0.1",
                    "imapPort", Integer.toString(mail.getImap().getPort()), "imapSecurity", "none",
                    "smtpHost", "127.0.0.1", "smtpPort", Integer.toString(mail.getSmtp().getPort()),
                    "smtpSecurity", "none", "username", "sales", "password", "mail-it-password",
                    "fromAddress", "sales@acme.example"), null);
            assertThat(mailbox.status()).as(mailbox.toString()).isEqualTo(200);
            Api.Reply connected = api.send("PUT", "/v1/connections/hubspot", admin, Map.of("accessToken", TOKEN,
                    "clientSecret", CLIENT_SECRET, "baseUrl", hubspot.baseUrl()), null);
            assertThat(connected.status()).as(connected.toString()).isEqualTo(200);
            String hookPath = connected.text("webhookPath");

            String workflow = api.post("/v1/workflows", tenant.token("Manager"), leadFollowUp()).text("id");
            assertThat(workflow).isNotNull();

            String body = "[{\"eventId\":4011,\"subscriptionId\":77,\"portalId\":62515,\"appId\":1160452,"
                    + "\"occurredAt\":" + System.currentTimeMillis() + ",\"subscriptionType\":\"contact.creation\","
                    + "\"attemptNumber\":0,\"objectId\":" + lead + ",\"changeFlag\":\"CREATED\","
                    + "\"changeSource\":\"CRM_UI\"}]";
            String path = hookPath.substring("/api".length());
            Api.Reply forged = deliver(path, body, "not-the-secret");
            assertThat(forged.status()).isEqualTo(401);
            Api.Reply delivered = deliver(path, body, CLIENT_SECRET);
            assertThat(delivered.status()).as(() -> delivered + " " + api.get(
                    "/v1/audit?action=integration.webhook.refused", admin).body()).isEqualTo(200);
            assertThat(deliver(path, body, CLIENT_SECRET).body().path("repeated").asInt()).isEqualTo(1);

            String task = api.awaitApprovalTaskWithin(tenant.token("User"), 60);
            JsonNode pending = api.get("/v1/approvals/" + task, tenant.token("User")).body();
            JsonNode proposal = pending.path("proposal");
            assertThat(proposal.path("action").asText()).isEqualTo("email.send");
            assertThat(proposal.path("draft").asText()).isEqualTo("Dear Jane, thank you for your interest. Could"
                    + " Globex spare 30 minutes on Tuesday to talk it through?");
            assertThat(proposal.path("parameters").path("to").asText()).isEqualTo("jane.doe@globex.example");
            assertThat(proposal.path("parameters").path("subject").asText()).isEqualTo("Your interest in Platina");
            assertThat(hubspot.notes).isEmpty();
            assertThat(mail.getReceivedMessages()).isEmpty();

            // The rep edits one sentence and approves.
            String edited = "Dear Jane, thank you for your interest. Could Globex spare 30 minutes on Wednesday?";
            Api.Reply approved = api.post("/v1/approvals/" + task + "/decision", tenant.token("User"), Map.of(
                    "decision", "APPROVE", "edits", Map.of("parameters", Map.of("to", "jane.doe@globex.example",
                            "subject", "Your interest in Platina", "text", edited))));
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            String runId = pending.path("runId").asText();
            JsonNode done = api.awaitRunEnd(runId, tenant.token("Viewer"));
            assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("COMPLETED");
            awaitNotes(hubspot, 1, 30);
            for (int i = 0; i < 300 && mail.getReceivedMessages().length == 0; i++) {
                Thread.sleep(100);
            }
            Thread.sleep(500);
            assertThat(hubspot.notes).hasSize(1);
            assertThat(mail.getReceivedMessages()).hasSize(1);
            MimeMessage sent = mail.getReceivedMessages()[0];
            assertThat(sent.getAllRecipients()[0].toString()).isEqualTo("jane.doe@globex.example");
            assertThat(sent.getSubject()).isEqualTo("Your interest in Platina");
            assertThat(GreenMailUtil.getBody(sent)).contains(edited);
            assertThat(hubspot.notes.get(0).path("properties").path("hs_note_body").asText()).isEqualTo(edited);
            assertThat(hubspot.notes.get(0).path("associations").get(0).path("to").path("id").asText())
                    .isEqualTo(lead);
            JsonNode audit = api.get("/v1/audit?action=approval.decide", tenant.token("Admin")).body();
            assertThat(audit.path("items").toString()).contains(task);

            // The meeting the rep booked with the lead starts: its configured action logs it on the contact.
            try (var calendar = new LocalRadicale()) {
                platform.uninstallIfPresent("caldav");
                JsonNode caldav = platform.install("caldav", "1.0.0");
                assertThat(caldav.path("state").asText()).as(caldav.toString()).isEqualTo("INSTALLED");
                assertThat(api.send("PUT", "/v1/marketplace/skills/caldav/enablement", admin, Map.of(), null)
                        .status()).isEqualTo(200);
                Api.Reply calendarConnected = api.send("PUT", "/v1/connections/caldav", admin, Map.of(
                        "calendarUrl", calendar.calendarUrl(), "username", LocalRadicale.USER,
                        "password", LocalRadicale.PASSWORD), null);
                assertThat(calendarConnected.status()).as(calendarConnected.toString()).isEqualTo(200);
                String onMeeting = api.post("/v1/workflows", tenant.token("Manager"), meetingStarts(lead))
                        .text("id");
                assertThat(onMeeting).isNotNull();
                // The first poll of the calendar (within seconds of connecting) starts from "now".
                Thread.sleep(5_000);
                calendar.addMeeting("globex-intro-1", "Intro call with Jane Doe (Globex)",
                        java.time.Instant.now().plusSeconds(15), java.time.Duration.ofMinutes(30));
                awaitNotes(hubspot, 2, 120);
                assertThat(hubspot.notes.get(1).path("properties").path("hs_note_body").asText())
                        .isEqualTo("Intro call with Jane Doe (Globex)");
                Thread.sleep(1_000);
                assertThat(hubspot.notes).hasSize(2);
            }
        } finally {
            mail.stop();
        }
    }

    private static Map<String, Object> meetingStarts(String contact) {
        return Map.of("name", "Log the meeting when it starts", "trigger", Map.of("type", "event", "event",
                "calendar.event.starting"), "start", "note", "nodes", List.of(
                        Map.of("id", "note", "type", "step", "step", "hubspot.note.create", "input", Map.of(
                                "contactId", contact, "body", "=trigger.event.data.summary"), "next", "done"),
                        Map.of("id", "done", "type", "end")));
    }

    private Api.Reply deliver(String path, String body, String secret) throws Exception {
        String timestamp = Long.toString(System.currentTimeMillis());
        // The address HubSpot called, as Platina sees it (here plain HTTP, said so by the front proxy).
        String uri = platform.origin() + "/api" + path;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(("POST" + uri + body + timestamp)
                .getBytes(StandardCharsets.UTF_8)));
        return api.send("POST", path, null, body, null, Map.of("X-HubSpot-Signature-v3", signature,
                "X-HubSpot-Request-Timestamp", timestamp));
    }

    private static void awaitNotes(LocalHubSpot hubspot, int count, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 10 && hubspot.notes.size() < count; i++) {
            Thread.sleep(100);
        }
        assertThat(hubspot.notes).hasSize(count);
    }

    private static Map<String, Object> leadFollowUp() {
        return Map.of("name", "Lead follow-up", "trigger", Map.of("type", "event", "event", "crm.lead.created"),
                "start", "read", "nodes", List.of(
                        Map.of("id", "read", "type", "step", "step", "hubspot.contact.read", "input", Map.of(
                                "contactId", "=trigger.event.data.contactId"), "next", "draft"),
                        Map.of("id", "draft", "type", "step", "step", "ai.draft", "retry",
                                RETRY_WHILE_THE_ENGINE_LOADS, "input", Map.of(
                                        "message", "A new lead arrived in HubSpot.",
                                        "template", "Dear {firstName}, thank you for your interest. Could {company}"
                                                + " spare 30 minutes on Tuesday to talk it through?",
                                        "subject", "Your interest in Platina",
                                        "fields", Map.of("firstName", "=steps.read.output.firstName",
                                                "company", "=steps.read.output.company")), "next", "approve"),
                        Map.of("id", "approve", "type", "approval", "title", "Send the follow-up to the new lead?",
                                "proposal", Map.of("action", "email.send", "parameters", Map.of(
                                        "to", "=steps.read.output.email", "subject", "=steps.draft.output.subject",
                                        "text", "=steps.draft.output.body"),
                                        "draft", "=steps.draft.output.body",
                                        "confidence", "=steps.draft.output.confidence"),
                                "policy", Map.of("editable", true), "next", "perform", "onReject", "done"),
                        Map.of("id", "perform", "type", "step", "step", "action.perform", "input", Map.of(
                                "approval", "approve"), "next", "note"),
                        Map.of("id", "note", "type", "step", "step", "hubspot.note.create", "input", Map.of(
                                "contactId", "=steps.read.output.id",
                                "body", "=steps.approve.output.proposal.parameters.text"), "next", "done"),
                        Map.of("id", "done", "type", "end")));
    }

    /** Enough of HubSpot's CRM API for the journey: contacts read by id, notes created, bearer tokens checked. */
    private static final class LocalHubSpot implements AutoCloseable {
        final List<JsonNode> notes = new CopyOnWriteArrayList<>();
        private final Map<String, JsonNode> contacts = new ConcurrentHashMap<>();
        private final HttpServer server;

        LocalHubSpot() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/crm/v3/objects/", this::handle);
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        String contact(String email, String first, String last, String company) {
            String id = Long.toString(5100 + contacts.size());
            ObjectNode contact = Api.JSON.createObjectNode().put("id", id).put("archived", false)
                    .put("createdAt", "2026-11-22T09:00:00.000Z").put("updatedAt", "2026-11-22T09:00:00.000Z");
            contact.putObject("properties").put("email", email).put("firstname", first).put("lastname", last)
                    .put("company", company).put("hs_object_id", id);
            contacts.put(id, contact);
            return id;
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                byte[] raw = exchange.getRequestBody().readAllBytes();
                if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    answer(exchange, 401, "{\"status\":\"error\",\"message\":\"Authentication credentials not found.\","
                            + "\"category\":\"INVALID_AUTHENTICATION\"}");
                    return;
                }
                String[] parts = exchange.getRequestURI().getPath().split("/");
                String method = exchange.getRequestMethod();
                if (method.equals("GET") && parts.length == 5 && parts[4].equals("contacts")) {
                    answer(exchange, 200, "{\"results\":[]}");
                } else if (method.equals("GET") && parts.length == 6 && contacts.containsKey(parts[5])) {
                    answer(exchange, 200, contacts.get(parts[5]).toString());
                } else if (method.equals("POST") && parts.length == 5 && parts[4].equals("notes")) {
                    ObjectNode note = (ObjectNode) Api.JSON.readTree(raw);
                    notes.add(note);
                    answer(exchange, 201, "{\"id\":\"" + (9000 + notes.size()) + "\",\"properties\":"
                            + note.path("properties") + ",\"createdAt\":\"2026-11-22T09:01:00.000Z\","
                            + "\"updatedAt\":\"2026-11-22T09:01:00.000Z\",\"archived\":false}");
                } else {
                    answer(exchange, 404, "{\"status\":\"error\",\"message\":\"resource not found\","
                            + "\"category\":\"OBJECT_NOT_FOUND\"}");
                }
            }
        }

        private static void answer(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
