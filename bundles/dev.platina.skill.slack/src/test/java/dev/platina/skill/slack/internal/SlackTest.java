package dev.platina.skill.slack.internal;

import static dev.platina.integration.impl.internal.KitForConnectorTests.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.api.ConnectorStatus;
import dev.platina.integration.api.InboundDelivery;
import dev.platina.integration.api.WebhookReading;
import dev.platina.integration.impl.internal.KitForConnectorTests;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunEffect;
import dev.platina.workflow.engine.internal.EngineFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Slack skill's connection, events and messages on the real engine (steps, outbox relay, event bus) and the
 * integration kit, against a local Slack: connecting, signed events starting workflows once, posts and replies
 * delivered once also across an outage with a lost answer, rate limits and refusals.
 */
@ExtendWith(DatabaseExtension.class)
class SlackTest {

    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    private final PlatformTestDatabase database;
    private EngineFixture engine;
    private KitForConnectorTests kit;
    private SlackPeer slack;
    private SlackWebhooks webhooks;
    private TenantId tenant;
    private Caller admin;

    SlackTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        engine = new EngineFixture(database);
        webhooks = new SlackWebhooks(new ApprovalClicks(Runnable::run, new PlatformApprovals("http://127.0.0.1:9")));
        kit = new KitForConnectorTests(database, engine.audit, engine.events, Duration.ofSeconds(2))
                .register(new SlackConnector()).register(webhooks);
        engine.register(new SlackChannel(kit.deliveries));
        engine.register(new PostMessageStep(kit.connections));
        engine.register(new ReplyStep(kit.connections));
        slack = new SlackPeer();
        tenant = engine.tenant;
        admin = engine.person("admin", "Admin");
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
        slack.close();
    }

    @Test
    void connectingChecksTheBotTokenWithAuthTest() throws Exception {
        assertThatThrownBy(() -> kit.connections.connect(admin, "slack", Map.of("botToken", "xoxb-revoked",
                "signingSecret", SIGNING_SECRET, "baseUrl", slack.baseUrl())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("botToken", "Slack refused the bot token: the token is not valid"
                                + " (invalid_auth)"));

        ConnectorStatus status = connect();

        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.webhookPath()).contains("/api/v1/hooks/slack/" + status.connectionId().orElseThrow());
        assertThat(slack.calls).allSatisfy(call -> assertThat(call.method()).isEqualTo("auth.test"));
        assertThat(slack.calls.get(1).authorization()).isEqualTo("Bearer " + SlackPeer.TOKEN);
        assertThat(new SlackConnector().check(kit.connections.connection(tenant, "slack").orElseThrow()).message())
                .isEqualTo("Connected to the Slack workspace Acme as the app user @platina.");
    }

    @Test
    void theUrlVerificationHandshakeIsAnsweredWithTheChallenge() throws Exception {
        connect();
        byte[] body = "{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}"
                .getBytes(StandardCharsets.UTF_8);

        var reading = webhooks.read(kit.connections.connection(tenant, "slack").orElseThrow(), new InboundDelivery(
                signed(body, Instant.now()), body, Instant.now()));

        assertThat(reading.events()).isEmpty();
        assertThat(reading.reply()).contains(WebhookReading.Reply.json(
                "{\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\"}"));
    }

    @Test
    void aPersonsMessageStartsTheWorkflowOnceWhichRepliesInItsThread() throws Exception {
        String connection = connect().connectionId().orElseThrow().toString();
        UUID workflow = engine.save(admin, """
                {"name": "Answer in Slack", "trigger": {"type": "event", "event": "chat.message.received"},
                 "start": "reply", "nodes": [
                  {"id": "reply", "type": "step", "step": "slack.message.reply",
                   "input": {"channel": "=trigger.event.data.channel", "threadTs": "=trigger.event.data.ts",
                             "text": "We are on it."}, "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        byte[] message = event("Ev0MSG1", "\"type\":\"message\",\"channel\":\"C0SUPPORT\",\"user\":\"U0ADA\","
                + "\"text\":\"Is the invoice <https://x.example|ready>?\",\"ts\":\"1700000100.000200\","
                + "\"channel_type\":\"channel\"");

        assertThat(kit.deliverWebhook("slack", connection, signed(message, Instant.now()), message))
                .containsExactly(1, 0);
        var retry = new java.util.HashMap<>(signed(message, Instant.now()));
        retry.put("X-Slack-Retry-Num", "1");
        retry.put("X-Slack-Retry-Reason", "http_timeout");
        assertThat(kit.deliverWebhook("slack", connection, retry, message)).containsExactly(0, 1);

        waitFor(() -> runsOf(workflow).size() == 1 && runsOf(workflow).get(0).state() == Run.State.COMPLETED
                && effectOf(runsOf(workflow).get(0).id()).state() == RunEffect.State.DELIVERED);
        Run run = runsOf(workflow).get(0);
        assertThat(run.input()).containsEntry("channel", "C0SUPPORT").containsEntry("user", "U0ADA")
                .containsEntry("text", "Is the invoice <https://x.example|ready>?")
                .containsEntry("ts", "1700000100.000200").containsEntry("team", SlackPeer.TEAM)
                .containsEntry("eventId", "Ev0MSG1");
        List<SlackPeer.Message> replies = slack.postedTo("C0SUPPORT");
        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.posted().path("thread_ts").asText()).isEqualTo("1700000100.000200");
            assertThat(reply.posted().path("text").asText()).isEqualTo("We are on it.");
            assertThat(reply.posted().path("metadata").path("event_payload").path("platina_key").asText())
                    .isEqualTo(effectOf(run.id()).idempotencyKey());
        });
    }

    @Test
    void botsEditsAndOtherEventsStartNothing() throws Exception {
        String connection = connect().connectionId().orElseThrow().toString();
        byte[] fromBot = event("Ev0BOT", "\"type\":\"message\",\"subtype\":\"bot_message\",\"bot_id\":\"B0BOT\","
                + "\"channel\":\"C0SUPPORT\",\"text\":\"We are on it.\",\"ts\":\"1700000101.000100\"");
        byte[] ownPost = event("Ev0OWN", "\"type\":\"message\",\"bot_id\":\"B0BOT\",\"user\":\"U0BOT\","
                + "\"channel\":\"C0SUPPORT\",\"text\":\"We are on it.\",\"ts\":\"1700000101.000200\"");
        byte[] edit = event("Ev0EDIT", "\"type\":\"message\",\"subtype\":\"message_changed\",\"channel\":"
                + "\"C0SUPPORT\",\"hidden\":true,\"ts\":\"1700000102.000100\",\"message\":{\"user\":\"U0ADA\"}");
        byte[] reaction = event("Ev0REACT", "\"type\":\"reaction_added\",\"user\":\"U0ADA\",\"reaction\":"
                + "\"thumbsup\"");
        byte[] mention = event("Ev0MENTION", "\"type\":\"app_mention\",\"channel\":\"C0SUPPORT\",\"user\":"
                + "\"U0ADA\",\"text\":\"<@U0BOT> help\",\"ts\":\"1700000103.000100\",\"thread_ts\":"
                + "\"1700000100.000200\"");

        for (byte[] ignored : List.of(fromBot, ownPost, edit, reaction)) {
            assertThat(kit.deliverWebhook("slack", connection, signed(ignored, Instant.now()), ignored))
                    .containsExactly(0, 0);
        }
        assertThat(kit.deliverWebhook("slack", connection, signed(mention, Instant.now()), mention))
                .containsExactly(1, 0);
    }

    @Test
    void forgedAndStaleDeliveriesAreRefused() throws Exception {
        String connection = connect().connectionId().orElseThrow().toString();
        byte[] message = event("Ev0FORGED", "\"type\":\"message\",\"channel\":\"C0SUPPORT\",\"user\":\"U0ADA\","
                + "\"text\":\"Pay me\",\"ts\":\"1700000100.000300\"");
        long now = Instant.now().getEpochSecond();

        assertThatThrownBy(() -> kit.deliverWebhook("slack", connection, Map.of("X-Slack-Request-Timestamp",
                Long.toString(now), "X-Slack-Signature", SlackSignature.sign("a guessed secret", now, message)),
                message)).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> kit.deliverWebhook("slack", connection, signed(message, Instant.now()
                .minusSeconds(301)), message)).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> kit.deliverWebhook("slack", connection, Map.of(), message))
                .isInstanceOf(AuthenticationFailedException.class);
        byte[] changed = new String(message, StandardCharsets.UTF_8).replace("Pay me", "Pay us")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> kit.deliverWebhook("slack", connection, signed(message, Instant.now()), changed))
                .isInstanceOf(AuthenticationFailedException.class);

        assertThat(kit.deliverWebhook("slack", connection, signed(message, Instant.now()), message))
                .containsExactly(1, 0);
    }

    @Test
    void postsQueuedWhileSlackIsDownAreEachPostedOnceWhenItIsBackEvenAfterALostAnswer() throws Exception {
        connect();
        UUID workflow = engine.save(admin, postWorkflow());
        slack.goDown();

        List<UUID> runs = List.of(
                engine.runs.start(admin, workflow, Map.of("text", "Order 1 shipped")).id(),
                engine.runs.start(admin, workflow, Map.of("text", "Order 2 shipped")).id(),
                engine.runs.start(admin, workflow, Map.of("text", "Order 3 shipped")).id());
        waitFor(() -> runs.stream().allMatch(id -> effectOf(id).lastError().orElse("")
                .startsWith("Waiting for Slack: ")));
        assertThat(runs).allSatisfy(id -> assertThat(effectOf(id).state()).isEqualTo(RunEffect.State.PENDING));
        assertThat(kit.connections.status(admin, "slack").state()).isEqualTo(ConnectionState.FAILING);

        // Slack comes back, but the answer to the first post is lost on the way: Slack posted it, and the repeat
        // finds it by its key in the channel's history instead of posting it again.
        slack.loseNextAnswers = 1;
        slack.comeBack();
        for (UUID id : runs) {
            waitFor(() -> effectOf(id).state() == RunEffect.State.DELIVERED);
        }

        assertThat(slack.postedTo("C0GENERAL")).extracting(m -> m.posted().path("text").asText())
                .containsExactlyInAnyOrder("Order 1 shipped", "Order 2 shipped", "Order 3 shipped");
        assertThat(slack.calls("conversations.history")).isGreaterThanOrEqualTo(1);
        waitFor(() -> kit.connections.status(admin, "slack").state() == ConnectionState.CONNECTED);
    }

    @Test
    void aRateLimitWaitsAsSlackAsksAndAnUnknownChannelFailsInPlainWords() throws Exception {
        connect();
        UUID workflow = engine.save(admin, postWorkflow().replace("\"text\": \"=input.text\"",
                "\"text\": \"=input.text\", \"channel\": \"=input.channel\""));
        slack.rateLimitNext = 1;

        UUID throttled = engine.runs.start(admin, workflow, Map.of("text", "Hello", "channel", "C0SALES")).id();
        waitFor(() -> effectOf(throttled).state() == RunEffect.State.DELIVERED);
        assertThat(effectOf(throttled).attempts()).isEqualTo(2);
        assertThat(slack.postedTo("C0SALES")).hasSize(1);

        slack.channelsNotFound.add("C0GONE");
        UUID missing = engine.runs.start(admin, workflow, Map.of("text", "Hello", "channel", "C0GONE")).id();
        waitFor(() -> effectOf(missing).state() == RunEffect.State.FAILED);
        assertThat(effectOf(missing).lastError().orElseThrow()).isEqualTo("Slack refused it: the channel does not"
                + " exist or the app cannot see it (use the channel id, C...) (channel_not_found)");
        assertThat(kit.connections.status(admin, "slack").state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void aStepWithWrongInputFailsNamingTheFields() throws Exception {
        connect();
        UUID workflow = engine.save(admin, """
                {"name": "Reply", "trigger": {"type": "manual"}, "start": "reply", "nodes": [
                  {"id": "reply", "type": "step", "step": "slack.message.reply",
                   "input": {"channel": "C0SUPPORT", "threadTs": "yesterday", "text": "Hi", "blocks": "bold"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""");

        UUID run = engine.runs.start(admin, workflow, Map.of()).id();

        waitFor(() -> engine.runs.get(admin, run).state() == Run.State.FAILED);
        assertThat(engine.runs.get(admin, run).error().orElseThrow()).contains("threadTs").contains("blocks");
        assertThat(slack.calls("chat.postMessage")).isZero();
    }

    private ConnectorStatus connect() {
        return kit.connections.connect(admin, "slack", Map.of("botToken", SlackPeer.TOKEN, "signingSecret",
                SIGNING_SECRET, "baseUrl", slack.baseUrl(), "defaultChannel", "C0GENERAL"));
    }

    private static String postWorkflow() {
        return """
                {"name": "Tell the team", "trigger": {"type": "manual"}, "start": "post", "nodes": [
                  {"id": "post", "type": "step", "step": "slack.message.post", "input": {"text": "=input.text"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""";
    }

    static byte[] event(String id, String event) {
        return ("{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"team_id\":\"" + SlackPeer.TEAM + "\",\"api_app_id\":"
                + "\"A0APP\",\"event\":{" + event + ",\"event_ts\":\"1700000100.000200\"},\"type\":"
                + "\"event_callback\",\"event_id\":\"" + id + "\",\"event_time\":1700000100,\"authorizations\":"
                + "[{\"team_id\":\"" + SlackPeer.TEAM + "\",\"user_id\":\"U0BOT\",\"is_bot\":true}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, String> signed(byte[] body, Instant at) {
        long t = at.getEpochSecond();
        return Map.of("X-Slack-Request-Timestamp", Long.toString(t), "X-Slack-Signature",
                SlackSignature.sign(SIGNING_SECRET, t, body), "Content-Type", "application/json");
    }

    private List<Run> runsOf(UUID workflow) {
        return engine.runs.recent(admin, 100).stream().filter(r -> r.workflowId().equals(workflow)).toList();
    }

    private RunEffect effectOf(UUID run) {
        List<RunEffect> effects = engine.runs.get(admin, run).effects();
        return effects.isEmpty() ? new RunEffect("", "", "", RunEffect.State.PENDING, 0, java.util.Optional.empty(),
                Instant.now(), java.util.Optional.empty(), java.util.Optional.empty()) : effects.get(0);
    }
}
