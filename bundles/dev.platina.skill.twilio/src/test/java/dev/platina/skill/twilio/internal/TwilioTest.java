package dev.platina.skill.twilio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.api.ConnectorStatus;
import dev.platina.integration.impl.internal.KitForConnectorTests;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunEffect;
import dev.platina.workflow.engine.internal.EngineForIntegrationTests;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Twilio skill end to end on the real engine (steps, outbox relay, event bus), the integration kit on
 * PostgreSQL and a local Twilio: connecting, sending once, 429, refusals, an outage with a lost answer, and signed
 * incoming messages and status callbacks starting workflows.
 */
@ExtendWith(DatabaseExtension.class)
class TwilioTest {
    private static final String HOOK_BASE = "https://platina.example.com/api/v1/hooks/twilio/";

    private final PlatformTestDatabase database;
    private EngineForIntegrationTests engine;
    private KitForConnectorTests kit;
    private TwilioPeer twilio;
    private TenantId tenant;
    private Caller admin;

    TwilioTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        var audit = new JdbcAuditLog(database.transactions());
        engine = new EngineForIntegrationTests(database, audit);
        kit = new KitForConnectorTests(database, audit, engine.events, Duration.ofSeconds(2))
                .register(new TwilioConnector()).register(new TwilioWebhooks());
        engine.register(new TwilioChannel(kit.deliveries));
        engine.register(new SendSmsStep(kit.connections));
        twilio = new TwilioPeer();
        tenant = database.newTenant();
        admin = EngineForIntegrationTests.managerIn(tenant);
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
        twilio.close();
    }

    @Test
    void connectingChecksTheAccountWithTwilioAndNamesTheWrongField() {
        assertThatThrownBy(() -> kit.connections.connect(admin, "twilio", fields("wrong-token",
                TwilioPeer.NUMBER))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsEntry("authToken", "Twilio refused the Account SID and"
                                + " Auth Token: Authenticate (error 20003, https://www.twilio.com/docs/errors/20003)"));
        assertThatThrownBy(() -> kit.connections.connect(admin, "twilio", fields(TwilioPeer.AUTH_TOKEN,
                "0151 1234"))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsKey("sender"));

        ConnectorStatus status = connect();

        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.connector().name()).isEqualTo("Twilio SMS");
        assertThat(status.secretsSet()).containsExactly("authToken");
        assertThat(status.settings()).doesNotContainValue(TwilioPeer.AUTH_TOKEN);
        assertThat(status.webhookPath()).contains("/api/v1/hooks/twilio/" + status.connectionId().orElseThrow());
        assertThat(twilio.requests).last().satisfies(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.path()).isEqualTo("/2010-04-01/Accounts/" + TwilioPeer.ACCOUNT_SID + ".json");
        });
    }

    @Test
    void theCheckNamesTheAccountItReached() throws Exception {
        var entered = new EnteredConnection(UUID.randomUUID(), fields(TwilioPeer.AUTH_TOKEN, TwilioPeer.NUMBER),
                Map.of("authToken", TwilioPeer.AUTH_TOKEN));

        var result = new TwilioConnector().check(entered);

        assertThat(result.ok()).isTrue();
        assertThat(result.message()).isEqualTo("Connected to the Twilio account Acme Support.");
        twilio.goDown();
        assertThatThrownBy(() -> new TwilioConnector().check(entered)).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void anSmsIsSentFormEncodedWithBasicAuthAndDeliveredOnce() throws Exception {
        connectWithWebhookAddress();
        UUID workflow = engine.save(tenant, sendWorkflow());

        Run run = engine.runs.start(admin, workflow, Map.of("to", "+4915112345678", "body", "Your table for two"
                + " is booked for 8 pm."));
        RunEffect effect = deliveredEffect(run.id());

        assertThat(effect.attempts()).isEqualTo(1);
        assertThat(twilio.creations()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + TwilioPeer.ACCOUNT_SID
                    + "/Messages.json");
            assertThat(request.form()).containsEntry("To", "+4915112345678").containsEntry("From", TwilioPeer.NUMBER)
                    .containsEntry("Body", "Your table for two is booked for 8 pm.")
                    .containsEntry("StatusCallback", HOOK_BASE + "status");
            assertThat(request.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                    (TwilioPeer.ACCOUNT_SID + ":" + TwilioPeer.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
        });
        assertThat(twilio.requests).noneMatch(r -> r.method().equals("GET") && r.path().endsWith("/Messages.json"));
        waitFor(() -> engine.runs.get(admin, run.id()).state() == Run.State.COMPLETED);
    }

    @Test
    void tooManyRequestsWaitsAsTwilioAsksAndAnInvalidNumberFailsForGood() throws Exception {
        connect();
        UUID workflow = engine.save(tenant, sendWorkflow());
        twilio.failNext(429, TwilioError.TOO_MANY_REQUESTS, "Too Many Requests", Map.of("Retry-After", "1"));

        UUID throttled = engine.runs.start(admin, workflow, Map.of("to", "+4915112345678", "body", "Hi")).id();
        RunEffect delivered = deliveredEffect(throttled);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(twilio.sentTo("+4915112345678", "Hi")).isEqualTo(1);

        UUID invalid = engine.runs.start(admin, workflow, Map.of("to", TwilioPeer.INVALID_NUMBER, "body", "Hi")).id();
        waitFor(() -> effectOf(invalid).state() == RunEffect.State.FAILED);
        assertThat(effectOf(invalid).lastError().orElseThrow()).isEqualTo("Twilio SMS refused it: The 'To' number"
                + " +15005550001 is not a valid phone number. (error 21211, https://www.twilio.com/docs/errors/21211)");
        assertThat(kit.connections.status(admin, "twilio").state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void messagesQueuedWhileTwilioIsDownAreEachSentOnceWhenItIsBack() throws Exception {
        connect();
        UUID workflow = engine.save(tenant, sendWorkflow());
        twilio.goDown();

        List<String> bodies = List.of("Reminder: dentist at 9", "Reminder: dentist at 10", "Reminder: dentist at 11",
                "Reminder: dentist at 12");
        List<UUID> runs = bodies.stream().map(body -> engine.runs.start(admin, workflow, Map.of("to",
                "+4915112345678", "body", body)).id()).toList();
        waitFor(() -> runs.stream().allMatch(id -> effectOf(id).lastError().orElse("").startsWith(
                "Waiting for Twilio SMS: ")));
        Thread.sleep(3000);
        assertThat(runs).allSatisfy(id -> assertThat(effectOf(id).state()).isEqualTo(RunEffect.State.PENDING));
        assertThat(kit.connections.status(admin, "twilio").state()).isEqualTo(ConnectionState.FAILING);
        assertThat(kit.connections.status(admin, "twilio").lastError().orElseThrow())
                .contains("Twilio SMS could not be reached");

        // Twilio comes back, but its first answer is lost on the way after it accepted the message: the repeated
        // delivery finds that message instead of sending it again.
        twilio.loseNextAnswers = 1;
        twilio.comeBack();
        for (UUID id : runs) {
            deliveredEffect(id);
        }

        assertThat(twilio.messages).hasSize(4);
        assertThat(bodies).allSatisfy(body -> assertThat(twilio.sentTo("+4915112345678", body)).isEqualTo(1));
        assertThat(twilio.creations()).hasSize(4);
        assertThat(twilio.requests).anyMatch(r -> r.method().equals("GET") && r.path().endsWith("/Messages.json"));
        waitFor(() -> kit.connections.status(admin, "twilio").state() == ConnectionState.CONNECTED);
    }

    @Test
    void aStepWithWrongInputOrWithoutAConnectionFailsInPlainWords() throws Exception {
        UUID workflow = engine.save(tenant, sendWorkflow());
        UUID notConnected = engine.runs.start(admin, workflow, Map.of("to", "+4915112345678", "body", "Hi")).id();
        waitFor(() -> engine.runs.get(admin, notConnected).state() == Run.State.FAILED);
        assertThat(engine.runs.get(admin, notConnected).error().orElseThrow()).contains("Twilio SMS is not connected");

        connect();
        UUID wrong = engine.runs.start(admin, workflow, Map.of("to", "0151 12345678", "body", "x".repeat(1601))).id();
        waitFor(() -> engine.runs.get(admin, wrong).state() == Run.State.FAILED);
        assertThat(engine.runs.get(admin, wrong).error().orElseThrow())
                .contains("to: must be a phone number in international format")
                .contains("body: is longer than 1600 characters");
        assertThat(twilio.creations()).isEmpty();
    }

    @Test
    void anIncomingSmsStartsAWorkflowOnceThatRepliesAndForgeriesAreRefused() throws Exception {
        String connection = connect().connectionId().orElseThrow().toString();
        UUID workflow = engine.save(tenant, """
                {"name": "Acknowledge texts", "trigger": {"type": "event", "event": "sms.received"},
                 "start": "reply", "nodes": [
                  {"id": "reply", "type": "step", "step": "twilio.sms.send",
                   "input": {"to": "=trigger.event.data.from", "body": "Thanks, we will call you back."},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        var form = TwilioWebhooksTest.incoming("SM66666666666666666666666666666666", "Please call me");
        String url = HOOK_BASE + connection;
        var headers = Map.of("Host", "platina.example.com", "Content-Type", "application/x-www-form-urlencoded",
                "X-Twilio-Signature", TwilioWebhooksTest.sign(url, form, TwilioPeer.AUTH_TOKEN));

        assertThat(kit.deliverWebhook("twilio", connection, headers, TwilioWebhooksTest.encode(form)))
                .containsExactly(1, 0);
        assertThat(kit.deliverWebhook("twilio", connection, headers, TwilioWebhooksTest.encode(form)))
                .containsExactly(0, 1);
        var forged = new java.util.LinkedHashMap<>(form);
        forged.put("From", "+4930123456");
        assertThatThrownBy(() -> kit.deliverWebhook("twilio", connection, headers, TwilioWebhooksTest.encode(
                forged))).isInstanceOf(AuthenticationFailedException.class);

        waitFor(() -> engine.runs.recent(admin, 100).stream().anyMatch(r -> r.workflowId().equals(workflow)
                && r.state() == Run.State.COMPLETED));
        waitFor(() -> twilio.sentTo("+4915112345678", "Thanks, we will call you back.") == 1);
        Thread.sleep(500);
        assertThat(twilio.creations()).hasSize(1);
        assertThat(engine.runs.recent(admin, 100).stream().filter(r -> r.workflowId().equals(workflow)))
                .singleElement().satisfies(r -> assertThat(r.input()).containsEntry("body", "Please call me"));
    }

    @Test
    void aDeliveryStatusCallbackIsPublishedAsSmsStatus() throws Exception {
        String connection = connect().connectionId().orElseThrow().toString();
        UUID workflow = engine.save(tenant, """
                {"name": "Note failures", "trigger": {"type": "event", "event": "sms.status"},
                 "start": "note", "nodes": [
                  {"id": "note", "type": "step", "step": "data.set",
                   "input": {"status": "=trigger.event.data.status"}, "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        var failed = TwilioWebhooksTest.status("SM77777777777777777777777777777777", "undelivered", "30005");
        var sent = TwilioWebhooksTest.status("SM77777777777777777777777777777777", "sent", null);
        String url = HOOK_BASE + connection;

        assertThat(kit.deliverWebhook("twilio", connection, Map.of("Host", "platina.example.com",
                "X-Twilio-Signature", TwilioWebhooksTest.sign(url, sent, TwilioPeer.AUTH_TOKEN)),
                TwilioWebhooksTest.encode(sent))).containsExactly(0, 0);
        assertThat(kit.deliverWebhook("twilio", connection, Map.of("Host", "platina.example.com",
                "X-Twilio-Signature", TwilioWebhooksTest.sign(url, failed, TwilioPeer.AUTH_TOKEN)),
                TwilioWebhooksTest.encode(failed))).containsExactly(1, 0);

        waitFor(() -> engine.runs.recent(admin, 100).stream().anyMatch(r -> r.workflowId().equals(workflow)
                && r.state() == Run.State.COMPLETED));
        assertThat(engine.runs.recent(admin, 100).stream().filter(r -> r.workflowId().equals(workflow)))
                .singleElement().satisfies(r -> assertThat(r.input()).containsEntry("status", "undelivered")
                        .containsEntry("errorCode", "30005"));
    }

    private ConnectorStatus connect() {
        return kit.connections.connect(admin, "twilio", fields(TwilioPeer.AUTH_TOKEN, TwilioPeer.NUMBER));
    }

    private void connectWithWebhookAddress() {
        var fields = new java.util.HashMap<>(fields(TwilioPeer.AUTH_TOKEN, TwilioPeer.NUMBER));
        fields.put("webhookUrl", HOOK_BASE + "status");
        kit.connections.connect(admin, "twilio", fields);
    }

    private Map<String, String> fields(String token, String sender) {
        return Map.of("accountSid", TwilioPeer.ACCOUNT_SID, "authToken", token, "sender", sender, "baseUrl",
                twilio.baseUrl());
    }

    private static String sendWorkflow() {
        return """
                {"name": "Text", "trigger": {"type": "manual"}, "start": "text", "nodes": [
                  {"id": "text", "type": "step", "step": "twilio.sms.send",
                   "input": {"to": "=input.to", "body": "=input.body"}, "next": "done"},
                  {"id": "done", "type": "end"}]}""";
    }

    private RunEffect effectOf(UUID run) {
        List<RunEffect> effects = engine.runs.get(admin, run).effects();
        return effects.isEmpty() ? new RunEffect("", "", "", RunEffect.State.PENDING, 0, Optional.empty(),
                Instant.now(), Optional.empty(), Optional.empty()) : effects.get(0);
    }

    private RunEffect deliveredEffect(UUID run) throws InterruptedException {
        waitFor(() -> effectOf(run).state() == RunEffect.State.DELIVERED && !engine.runs.get(admin, run).effects()
                .isEmpty());
        return effectOf(run);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Timed out waiting");
            }
            Thread.sleep(100);
        }
    }
}
