package dev.platina.skill.slack.internal;

import static dev.platina.integration.impl.internal.KitForConnectorTests.waitFor;
import static dev.platina.skill.slack.internal.SlackTest.SIGNING_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.platina.identity.api.Caller;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.impl.internal.KitForConnectorTests;
import dev.platina.notification.api.Notification;
import dev.platina.notification.api.Recipient;
import dev.platina.notification.api.SendResult;
import dev.platina.notification.impl.internal.PlatformApprovalActions;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Approval;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.engine.internal.EngineFixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Approval notices in Slack and their buttons, on the real engine's approval tasks and the notification module's
 * real one-tap decisions: a click decides as the person the buttons were sent to (found by e-mail address on both
 * sides), and anyone else, or someone the task's policy does not let decide, is told so politely.
 */
@ExtendWith(DatabaseExtension.class)
class SlackApprovalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlatformTestDatabase database;
    private EngineFixture engine;
    private PlatformApprovalActions platform;
    private KitForConnectorTests kit;
    private SlackPeer slack;
    private SlackNotifications notifications;
    private TenantId tenant;
    private Caller admin;
    private String connectionId;

    SlackApprovalsTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        engine = new EngineFixture(database);
        platform = new PlatformApprovalActions(engine.identity, engine.approvals);
        kit = new KitForConnectorTests(database, engine.audit, engine.events, Duration.ofSeconds(2))
                .register(new SlackConnector()).register(new SlackWebhooks(new ApprovalClicks(Runnable::run,
                        new PlatformApprovals(platform.origin()))));
        notifications = new SlackNotifications(kit.connections);
        slack = new SlackPeer();
        slack.users.put("U0ADA", "ada@acme.example");
        slack.users.put("U0GRACE", "grace@acme.example");
        slack.users.put("U0VIC", "Vic@Acme.example");
        tenant = engine.tenant;
        admin = engine.person("admin", "Admin");
        connectionId = kit.connections.connect(admin, "slack", Map.of("botToken", SlackPeer.TOKEN, "signingSecret",
                SIGNING_SECRET, "baseUrl", slack.baseUrl(), "defaultChannel", "C0APPROVALS")).connectionId()
                .orElseThrow().toString();
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
        platform.close();
        slack.close();
    }

    @Test
    void approveInSlackDecidesAsThePersonAndTheMessageSaysWhoDecided() throws Exception {
        Caller ada = engine.person("ada", "User");
        UUID run = startRefundRun();
        Approval task = pendingTask();

        SendResult sent = notifications.send(recipient(ada, "Ada Lovelace", "ada@acme.example"),
                platform.notice(tenant, task, ada.userId()), "approval:" + task.id() + ":" + ada.userId());

        assertThat(sent.kind()).isEqualTo(SendResult.Kind.SENT);
        SlackPeer.Message dm = slack.postedTo("U0ADA").get(0);
        JsonNode buttons = buttons(dm);
        assertThat(buttons).hasSize(2);
        assertThat(buttons.get(0).path("action_id").asText()).isEqualTo("platina_approve");
        assertThat(buttons.get(0).path("value").asText()).startsWith(task.id() + ".")
                .doesNotContain(platform.notice(tenant, task, ada.userId()).actions().get(0).token());
        assertThat(dm.posted().path("text").asText()).isEqualTo("Approval needed: Refund 40 EUR to Jane?");

        assertThat(click(dm, buttons.get(0), "U0ADA", "ada")).containsExactly(0, 0);

        Approval decided = engine.approvals.get(admin, task.id());
        assertThat(decided.state()).isEqualTo(Approval.State.APPROVED);
        assertThat(decided.decisions()).singleElement().satisfies(d -> {
            assertThat(d.username()).isEqualTo("ada");
            assertThat(d.comment()).contains("Decided in Slack by @ada");
        });
        waitFor(() -> engine.runs.get(admin, run).state() == Run.State.COMPLETED);
        assertThat(slack.calls("users.info")).isEqualTo(1);
        JsonNode update = slack.responses.get(slack.responses.size() - 1);
        assertThat(update.path("replace_original").asBoolean()).isTrue();
        assertThat(update.path("text").asText()).isEqualTo(":white_check_mark: Approved by Ada Lovelace in Slack.");
        assertThat(update.path("blocks").toString()).contains("Refund 40 EUR to Jane?").doesNotContain("button");
    }

    @Test
    void aClickBySomeoneElseOrBySomeoneWhoMayNotDecideIsRefusedPolitely() throws Exception {
        Caller ada = engine.person("ada", "User");
        Caller vic = engine.person("vic", "Viewer");
        Caller bob = engine.person("bob", "User");
        startRefundRun();
        Approval task = pendingTask();

        // Bob has no Slack account under his address: his notice goes to the default channel, naming him.
        notifications.send(recipient(bob, "Bob Stone", "bob@acme.example"), platform.notice(tenant, task,
                bob.userId()), "approval:" + task.id() + ":" + bob.userId());
        SlackPeer.Message shared = slack.postedTo("C0APPROVALS").get(0);
        assertThat(shared.posted().path("blocks").toString()).contains("For Bob Stone");

        // Grace, in the same channel, presses Bob's Approve button.
        click(shared, buttons(shared).get(0), "U0GRACE", "grace");
        assertThat(slack.responses.get(0).path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(slack.responses.get(0).path("replace_original").asBoolean()).isFalse();
        assertThat(slack.responses.get(0).path("text").asText()).startsWith("Only Bob Stone can decide with these"
                + " buttons");

        // Vic is a Viewer: the platform's policy does not let him decide, whatever Slack says.
        notifications.send(recipient(vic, "Vic Viewer", "vic@acme.example"), platform.notice(tenant, task,
                vic.userId()), "approval:" + task.id() + ":" + vic.userId());
        SlackPeer.Message toVic = slack.postedTo("U0VIC").get(0);
        click(toVic, buttons(toVic).get(1), "U0VIC", "vic");
        assertThat(slack.responses.get(1).path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(slack.responses.get(1).path("text").asText()).startsWith("You may not reject this task");

        // A button whose value was changed on the way does not open.
        notifications.send(recipient(ada, "Ada Lovelace", "ada@acme.example"), platform.notice(tenant, task,
                ada.userId()), "approval:" + task.id() + ":" + ada.userId());
        SlackPeer.Message toAda = slack.postedTo("U0ADA").get(0);
        ObjectNode tampered = buttons(toAda).get(0).deepCopy();
        String value = tampered.path("value").asText();
        tampered.put("value", value.substring(0, value.length() - 2) + (value.endsWith("A") ? "BB" : "AA"));
        click(toAda, tampered, "U0ADA", "ada");
        assertThat(slack.responses.get(2).path("text").asText()).isEqualTo("This button is no longer valid. Open"
                + " Approvals in Platina to decide.");

        // Someone Slack cannot tell Platina about (users.info answers user_not_found) decides nothing either.
        click(toAda, buttons(toAda).get(0), "U0STRANGER", "stranger");
        assertThat(slack.responses.get(3).path("text").asText()).startsWith("Platina could not check who you are in"
                + " Slack just now, so nothing was decided.");

        assertThat(engine.approvals.get(admin, task.id()).state()).isEqualTo(Approval.State.PENDING);
        assertThat(engine.approvals.get(admin, task.id()).decisions()).isEmpty();
        assertThat(KitForConnectorTests.audited(database, tenant, "integration.slack.approval.click"))
                .as("Grace's click, the tampered button and the stranger's click, newest first").satisfiesExactly(
                        stranger -> assertThat(stranger).startsWith("DENIED").contains("U0STRANGER",
                                "user_not_found", task.id().toString()),
                        tamperedClick -> assertThat(tamperedClick).startsWith("DENIED").contains("U0ADA",
                                "did not open"),
                        grace -> assertThat(grace).startsWith("DENIED").contains("U0GRACE", task.id().toString(),
                                "not the approver's"));
    }

    @Test
    void aSecondClickAfterTheTaskWasDecidedSaysWhoDecided() throws Exception {
        Caller ada = engine.person("ada", "User");
        Caller grace = engine.person("grace", "Manager");
        startRefundRun();
        Approval task = pendingTask();
        notifications.send(recipient(ada, "Ada Lovelace", "ada@acme.example"), platform.notice(tenant, task,
                ada.userId()), "k1");
        notifications.send(recipient(grace, "Grace Hopper", "grace@acme.example"), platform.notice(tenant, task,
                grace.userId()), "k2");

        SlackPeer.Message toGrace = slack.postedTo("U0GRACE").get(0);
        click(toGrace, buttons(toGrace).get(1), "U0GRACE", "grace");
        SlackPeer.Message toAda = slack.postedTo("U0ADA").get(0);
        click(toAda, buttons(toAda).get(0), "U0ADA", "ada");

        assertThat(engine.approvals.get(admin, task.id()).state()).isEqualTo(Approval.State.REJECTED);
        assertThat(slack.responses.get(0).path("text").asText()).isEqualTo(":x: Rejected by Grace Hopper in Slack.");
        assertThat(slack.responses.get(1).path("replace_original").asBoolean()).isTrue();
        assertThat(slack.responses.get(1).path("text").asText()).contains("grace").contains("not applied");
    }

    @Test
    void someoneNotInSlackWithoutADefaultChannelIsUnreachable() throws Exception {
        kit.connections.connect(admin, "slack", Map.of("botToken", SlackPeer.TOKEN, "baseUrl", slack.baseUrl(),
                "defaultChannel", ""));
        Caller bob = engine.person("bob", "User");
        startRefundRun();
        Approval task = pendingTask();

        SendResult result = notifications.send(recipient(bob, "Bob Stone", "bob@acme.example"),
                platform.notice(tenant, task, bob.userId()), "k");

        assertThat(result.kind()).isEqualTo(SendResult.Kind.UNREACHABLE);
        assertThat(notifications.reaches(recipient(bob, "Bob Stone", "bob@acme.example"))).isTrue();
        assertThat(notifications.reaches(new Recipient(database.newTenant(), "Other", bob.userId(), "bob", "Bob",
                Optional.of("bob@acme.example")))).isFalse();
        assertThat(slack.calls("chat.postMessage")).isZero();
    }

    @Test
    void otherNoticesGoWithoutButtonsAndARevokedTokenMarksTheConnectionFailing() throws Exception {
        Caller ada = engine.person("ada", "User");
        Recipient toAda = recipient(ada, "Ada Lovelace", "ada@acme.example");

        SendResult plain = notifications.send(toAda, new Notification("run.failed", "A run failed",
                "Refund <b>4</b> & more", Optional.of("/runs/1"), List.of()), "run.failed:1");

        assertThat(plain.kind()).isEqualTo(SendResult.Kind.SENT);
        JsonNode posted = slack.postedTo("U0ADA").get(0).posted();
        assertThat(posted.path("blocks").toString()).doesNotContain("\"actions\"")
                .contains("Refund &lt;b&gt;4&lt;/b&gt; &amp; more");
        assertThat(posted.path("metadata").path("event_payload").path("platina_key").asText())
                .isEqualTo("run.failed:1");

        slack.acceptedToken = "xoxb-rotated";
        SendResult refused = notifications.send(toAda, new Notification("run.failed", "Another run failed", "",
                Optional.empty(), List.of()), "run.failed:2");

        assertThat(refused.kind()).isEqualTo(SendResult.Kind.RETRY);
        assertThat(refused.reason()).contains("Slack refused the bot token: the token is not valid (invalid_auth)");
        assertThat(kit.connections.status(admin, "slack").state()).isEqualTo(ConnectionState.FAILING);
        assertThat(slack.postedTo("U0ADA")).hasSize(1);
    }

    private UUID startRefundRun() {
        UUID workflow = engine.save(admin, """
                {"name": "Refund", "trigger": {"type": "manual"}, "start": "ask", "nodes": [
                  {"id": "ask", "type": "approval", "title": "Refund 40 EUR to Jane?",
                   "proposal": {"amount": 40, "currency": "EUR"}, "policy": {}, "next": "done", "onReject": "done"},
                  {"id": "done", "type": "end"}]}""");
        return engine.runs.start(admin, workflow, Map.of()).id();
    }

    private Approval pendingTask() throws InterruptedException {
        waitFor(() -> !engine.approvals.list(admin, Approval.State.PENDING, 10, null).items().isEmpty());
        return engine.approvals.list(admin, Approval.State.PENDING, 10, null).items().get(0);
    }

    private Recipient recipient(Caller person, String name, String email) {
        return new Recipient(tenant, "Acme", person.userId(), person.username(), name, Optional.of(email));
    }

    private static JsonNode buttons(SlackPeer.Message message) {
        for (JsonNode block : message.posted().path("blocks")) {
            if (block.path("type").asText().equals("actions")) {
                return block.path("elements");
            }
        }
        throw new AssertionError("no buttons in " + message.posted());
    }

    /** Slack's block_actions payload for a click, form-encoded and signed as Slack sends it. */
    private int[] click(SlackPeer.Message message, JsonNode button, String userId, String username)
            throws Exception {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A0APP")
                .put("trigger_id", "13345224609.738474920.8088930838d88f008e0").put("response_url",
                        slack.responseUrl());
        payload.set("user", JSON.createObjectNode().put("id", userId).put("username", username).put("team_id",
                SlackPeer.TEAM));
        payload.set("team", JSON.createObjectNode().put("id", SlackPeer.TEAM).put("domain", "acme"));
        payload.set("container", JSON.createObjectNode().put("type", "message").put("message_ts", message.ts())
                .put("channel_id", message.channel()));
        payload.set("channel", JSON.createObjectNode().put("id", message.channel()));
        ObjectNode shown = JSON.createObjectNode().put("type", "message").put("ts", message.ts()).put("text",
                message.posted().path("text").asText());
        shown.set("blocks", message.posted().path("blocks"));
        payload.set("message", shown);
        ObjectNode action = JSON.createObjectNode().put("type", "button").put("action_id", button.path("action_id")
                .asText()).put("block_id", "platina_approval").put("value", button.path("value").asText())
                .put("action_ts", "1700000200.000100");
        action.set("text", button.path("text"));
        payload.set("actions", JSON.createArrayNode().add(action));
        byte[] body = ("payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        var headers = new java.util.HashMap<>(SlackTest.signed(body, Instant.now()));
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        return kit.deliverWebhook("slack", connectionId, headers, body);
    }
}
