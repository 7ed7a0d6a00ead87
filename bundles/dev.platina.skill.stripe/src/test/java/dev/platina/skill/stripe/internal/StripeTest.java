package dev.platina.skill.stripe.internal;

import static dev.platina.integration.impl.internal.KitForConnectorTests.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.impl.internal.KitForConnectorTests;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunEffect;
import dev.platina.workflow.engine.internal.EngineFixture;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Stripe skill end to end on the real engine (steps, outbox relay, event bus), the integration kit and a local
 * Stripe: connecting, refunds, invoices and customers delivered once with idempotency keys, an outage, 429, and
 * signed webhooks starting workflows.
 */
@ExtendWith(DatabaseExtension.class)
class StripeTest {

    private static final String WEBHOOK_SECRET = "whsec_test_5d2c77";

    private final PlatformTestDatabase database;
    private EngineFixture engine;
    private KitForConnectorTests kit;
    private StripePeer stripe;
    private TenantId tenant;
    private Caller admin;

    StripeTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        engine = new EngineFixture(database);
        kit = KitForConnectorTests.withEngine(engine)
                .register(new StripeConnector()).register(new StripeWebhooks());
        engine.register(new StripeChannel(kit.deliveries));
        engine.register(new CreateRefundStep(kit.connections));
        engine.register(new CreateInvoiceStep(kit.connections));
        engine.register(new CreateCustomerStep(kit.connections));
        stripe = new StripePeer();
        tenant = engine.tenant;
        admin = engine.manager;
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
        stripe.close();
    }

    @Test
    void connectingChecksTheKeyWithStripe() {
        assertThatThrownBy(() -> kit.connections.connect(admin, "stripe", Map.of("apiKey", "sk_test_wrong",
                "baseUrl", stripe.baseUrl()))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsEntry("apiKey", "Stripe refused the API key: Invalid API"
                                + " Key provided: sk_test_****"));

        var status = connect();

        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.webhookPath()).contains("/api/v1/hooks/stripe/" + status.connectionId().orElseThrow());
        assertThat(stripe.requests).allSatisfy(r -> assertThat(r.path()).isEqualTo("/v1/balance"));
    }

    @Test
    void aRefundIsSentFormEncodedWithTheOutboxKeyAndHappensOnce() throws Exception {
        connect();
        UUID workflow = engine.save(refundWorkflow());

        Run run = engine.runs.start(admin, workflow, Map.of("paymentIntent", "pi_3Ok", "amount", 500));
        RunEffect effect = deliveredEffect(run.id());

        assertThat(stripe.created("/v1/refunds")).isEqualTo(1);
        StripePeer.Request request = stripe.requests.stream().filter(r -> r.path().equals("/v1/refunds"))
                .findFirst().orElseThrow();
        assertThat(request.form()).containsEntry("payment_intent", "pi_3Ok").containsEntry("amount", "500")
                .containsEntry("reason", "requested_by_customer").containsEntry("metadata[source]", "platina");
        assertThat(request.idempotencyKey()).isEqualTo(effect.idempotencyKey());
        assertThat(request.authorization()).isEqualTo("Bearer " + StripePeer.KEY);
        assertThat(engine.runs.get(admin, run.id()).state()).isEqualTo(Run.State.COMPLETED);
    }

    @Test
    void refundsQueuedWhileStripeIsDownAreEachDeliveredOnceWhenItIsBack() throws Exception {
        connect();
        UUID workflow = engine.save(refundWorkflow());
        stripe.goDown();

        List<UUID> runs = List.of(
                engine.runs.start(admin, workflow, Map.of("paymentIntent", "pi_a", "amount", 100)).id(),
                engine.runs.start(admin, workflow, Map.of("paymentIntent", "pi_b", "amount", 200)).id(),
                engine.runs.start(admin, workflow, Map.of("paymentIntent", "pi_c", "amount", 300)).id(),
                engine.runs.start(admin, workflow, Map.of("paymentIntent", "pi_d", "amount", 400)).id());
        waitFor(() -> runs.stream().allMatch(id -> effectOf(id).lastError().orElse("").startsWith(
                "Waiting for Stripe: ")));
        Thread.sleep(3000);
        assertThat(runs).allSatisfy(id -> assertThat(effectOf(id).state()).isEqualTo(RunEffect.State.PENDING));
        assertThat(kit.connections.status(admin, "stripe").state()).isEqualTo(ConnectionState.FAILING);
        assertThat(kit.connections.status(admin, "stripe").lastError().orElseThrow()).contains("Stripe could not"
                + " be reached");

        // Stripe comes back but the first answer after the outage is lost on the way: the refund happened, and the
        // redelivery with the same key gets Stripe's stored answer instead of refunding twice.
        stripe.loseNextAnswers = 1;
        stripe.comeBack();
        for (UUID id : runs) {
            deliveredEffect(id);
        }

        assertThat(stripe.created("/v1/refunds")).isEqualTo(4);
        assertThat(stripe.createdByKey.values()).hasSize(4).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(stripe.replays.get()).isGreaterThanOrEqualTo(1);
        assertThat(stripe.requests.stream().filter(r -> r.path().equals("/v1/refunds")).map(r -> r.form()
                .get("amount")).distinct()).containsExactlyInAnyOrder("100", "200", "300", "400");
        waitFor(() -> kit.connections.status(admin, "stripe").state() == ConnectionState.CONNECTED);
    }

    @Test
    void tooManyRequestsWaitsAsStripeAsksAndARefusalFailsTheEffectForGood() throws Exception {
        connect();
        UUID workflow = engine.save(refundWorkflow());
        stripe.rateLimitNext = 1;

        UUID throttled = engine.runs.start(admin, workflow, Map.of("paymentIntent", "pi_t", "amount", 10)).id();
        RunEffect delivered = deliveredEffect(throttled);
        assertThat(delivered.attempts()).isEqualTo(2);

        UUID missing = engine.runs.start(admin, workflow, Map.of("paymentIntent", "pi_missing", "amount", 10)).id();
        waitFor(() -> effectOf(missing).state() == RunEffect.State.FAILED);
        assertThat(effectOf(missing).lastError().orElseThrow()).isEqualTo("Stripe refused it: No such"
                + " payment_intent: 'pi_missing' (resource_missing)");
        assertThat(kit.connections.status(admin, "stripe").state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void anInvoiceGetsItsItemAndACustomerIsCreated() throws Exception {
        connect();
        UUID workflow = engine.save("""
                {"name": "Bill", "trigger": {"type": "manual"}, "start": "customer", "nodes": [
                  {"id": "customer", "type": "step", "step": "stripe.customer.create",
                   "input": {"email": "=input.email", "name": "Ada Lovelace"}, "next": "invoice"},
                  {"id": "invoice", "type": "step", "step": "stripe.invoice.create",
                   "input": {"customer": "cus_existing", "daysUntilDue": 14,
                             "item": {"amount": 12500, "currency": "EUR", "description": "Consulting"}},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""");

        UUID run = engine.runs.start(admin, workflow, Map.of("email", "ada@example.com")).id();
        waitFor(() -> engine.runs.get(admin, run).effects().size() == 2 && engine.runs.get(admin, run).effects()
                .stream().allMatch(e -> e.state() == RunEffect.State.DELIVERED));

        assertThat(stripe.created("/v1/customers")).isEqualTo(1);
        assertThat(stripe.created("/v1/invoices")).isEqualTo(1);
        assertThat(stripe.created("/v1/invoiceitems")).isEqualTo(1);
        var invoice = stripe.requests.stream().filter(r -> r.path().equals("/v1/invoices")).findFirst().orElseThrow();
        var item = stripe.requests.stream().filter(r -> r.path().equals("/v1/invoiceitems")).findFirst().orElseThrow();
        assertThat(invoice.form()).containsEntry("customer", "cus_existing").containsEntry("days_until_due", "14")
                .containsEntry("collection_method", "send_invoice");
        assertThat(item.form()).containsEntry("amount", "12500").containsEntry("currency", "eur")
                .containsEntry("customer", "cus_existing").containsKey("invoice");
        assertThat(invoice.idempotencyKey()).endsWith(":invoice");
        String messageKey = invoice.idempotencyKey().substring(0, invoice.idempotencyKey().length() - 8);
        assertThat(item.idempotencyKey()).isEqualTo(messageKey + ":item");
    }

    @Test
    void aStepWithWrongInputOrWithoutAConnectionFailsInPlainWords() throws Exception {
        UUID workflow = engine.save(refundWorkflow());
        UUID notConnected = engine.runs.start(admin, workflow, Map.of("paymentIntent", "pi_1", "amount", 5)).id();
        waitFor(() -> engine.runs.get(admin, notConnected).state() == Run.State.FAILED);
        assertThat(engine.runs.get(admin, notConnected).error().orElseThrow()).contains("Stripe is not connected");

        connect();
        UUID wrong = engine.runs.start(admin, workflow, Map.of("paymentIntent", "pi_1", "amount", -5)).id();
        waitFor(() -> engine.runs.get(admin, wrong).state() == Run.State.FAILED);
        assertThat(engine.runs.get(admin, wrong).error().orElseThrow()).contains("amount: must be between 1");
        assertThat(stripe.created("/v1/refunds")).isZero();
    }

    @Test
    void aSignedPaymentEventStartsTheWorkflowOnceAndForgeriesAreRefused() throws Exception {
        String connection = connect().connectionId().orElseThrow().toString();
        kit.connections.connect(admin, "stripe", Map.of("webhookSecret", WEBHOOK_SECRET, "baseUrl",
                stripe.baseUrl()));
        UUID workflow = engine.save("""
                {"name": "Thank the payer", "trigger": {"type": "event", "event": "payment.succeeded"},
                 "start": "note", "nodes": [
                  {"id": "note", "type": "step", "step": "data.set", "input": {"amount": "=trigger.event.data.amount"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        Instant created = Instant.ofEpochSecond(Instant.now().getEpochSecond() - 3600);
        byte[] newer = event("evt_2", "payment_intent.succeeded", created.plusSeconds(60), 900);
        byte[] older = event("evt_1", "payment_intent.succeeded", created, 4200);

        // Stripe delivers out of order and retries: both are published once, each with Stripe's own time.
        assertThat(kit.deliverWebhook("stripe", connection, signed(newer, Instant.now()), newer)).containsExactly(1,
                0);
        assertThat(kit.deliverWebhook("stripe", connection, signed(older, Instant.now()), older)).containsExactly(1,
                0);
        assertThat(kit.deliverWebhook("stripe", connection, signed(older, Instant.now()), older)).containsExactly(0,
                1);
        byte[] ignored = event("evt_3", "customer.updated", created, 0);
        assertThat(kit.deliverWebhook("stripe", connection, signed(ignored, Instant.now()), ignored))
                .containsExactly(0, 0);

        assertThatThrownBy(() -> kit.deliverWebhook("stripe", connection, Map.of("Stripe-Signature", "t="
                + Instant.now().getEpochSecond() + ",v1=" + StripeSignature.sign("whsec_guess",
                        Instant.now().getEpochSecond(), older)), older))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> kit.deliverWebhook("stripe", connection, signed(newer, Instant.now()
                .minusSeconds(400)), newer)).isInstanceOf(AuthenticationFailedException.class);

        waitFor(() -> runsOf(workflow).size() == 2);
        assertThat(runsOf(workflow)).extracting(r -> r.input().get("amount")).containsExactlyInAnyOrder(900, 4200);
        Run first = runsOf(workflow).stream().filter(r -> Integer.valueOf(4200).equals(r.input().get("amount")))
                .findFirst().orElseThrow();
        assertThat(first.input()).containsEntry("paymentIntent", "pi_evt_1").containsEntry("currency", "eur")
                .containsEntry("created", created.toString()).containsEntry("customer", "cus_9");
    }

    private dev.platina.integration.api.ConnectorStatus connect() {
        return kit.connections.connect(admin, "stripe", Map.of("apiKey", StripePeer.KEY, "baseUrl",
                stripe.baseUrl()));
    }

    private static byte[] event(String id, String type, Instant created, long amount) {
        return ("{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"" + type + "\",\"created\":"
                + created.getEpochSecond() + ",\"livemode\":false,\"data\":{\"object\":{\"id\":\"pi_" + id
                + "\",\"object\":\"payment_intent\",\"amount\":" + amount + ",\"amount_received\":" + amount
                + ",\"currency\":\"eur\",\"customer\":\"cus_9\"}}}").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> signed(byte[] body, Instant at) {
        long t = at.getEpochSecond();
        return Map.of("Stripe-Signature", "t=" + t + ",v1=" + StripeSignature.sign(WEBHOOK_SECRET, t, body),
                "Content-Type", "application/json");
    }

    private static String refundWorkflow() {
        return """
                {"name": "Refund", "trigger": {"type": "manual"}, "start": "refund", "nodes": [
                  {"id": "refund", "type": "step", "step": "stripe.refund.create",
                   "input": {"paymentIntent": "=input.paymentIntent", "amount": "=input.amount",
                             "reason": "requested_by_customer", "metadata": {"source": "platina"}},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""";
    }

    private List<Run> runsOf(UUID workflow) {
        return engine.runs.recent(admin, 100).stream().filter(r -> r.workflowId().equals(workflow)).toList();
    }

    private RunEffect effectOf(UUID run) {
        List<RunEffect> effects = engine.runs.get(admin, run).effects();
        return effects.isEmpty() ? new RunEffect("", "", "", RunEffect.State.PENDING, 0, java.util.Optional.empty(),
                Instant.now(), java.util.Optional.empty(), java.util.Optional.empty()) : effects.get(0);
    }

    private RunEffect deliveredEffect(UUID run) throws InterruptedException {
        waitFor(() -> !engine.runs.get(admin, run).effects().isEmpty()
                && effectOf(run).state() == RunEffect.State.DELIVERED);
        return effectOf(run);
    }
}
