package dev.platina.workflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunEffect;
import dev.platina.workflow.engine.internal.steps.HttpChannel;
import dev.platina.workflow.engine.internal.steps.HttpSendStep;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transactional outbox against a real HTTP peer that books what it receives by idempotency key. */
class OutboxTest extends EngineTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private HttpServer peer;
    private int port;
    /** Bookings by idempotency key: a peer that honours the key books a repeated request once. */
    private final Map<String, String> ledger = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger busyAnswersLeft = new AtomicInteger();
    private final AtomicInteger lostAnswersLeft = new AtomicInteger();

    OutboxTest(PlatformTestDatabase database) {
        super(database);
    }

    @BeforeEach
    void peer() throws Exception {
        fixture.register(new HttpSendStep(true, 64));
        fixture.channels.addChannel(new HttpChannel(true, 64));
        peer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        port = peer.getAddress().getPort();
        servePeer();
    }

    @AfterEach
    void stopPeer() {
        peer.stop(0);
    }

    private void servePeer() {
        peer.createContext("/orders", exchange -> {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(key);
            if (busyAnswersLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.sendResponseHeaders(503, -1);
            } else if (body.contains("bad")) {
                exchange.sendResponseHeaders(422, -1);
            } else {
                ledger.putIfAbsent(key, body);
                // The booking happened, but the answer is lost: the sender must try again and not book twice.
                exchange.sendResponseHeaders(lostAnswersLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0
                        ? 500 : 201, -1);
            }
            exchange.close();
        });
        peer.start();
    }

    @Test
    void aStepsRequestWaitsOutABusyPeerThenIsBookedOnce() throws Exception {
        busyAnswersLeft.set(2);
        lostAnswersLeft.set(1);
        UUID run = startOrder("{\"sku\": \"A-1\"}");

        Run finished = fixture.awaitEnd(run, PATIENCE);
        assertThat(finished.state()).as("the step itself finishes at once").isEqualTo(Run.State.COMPLETED);
        RunEffect effect = awaitEffect(run, e -> e.state() == RunEffect.State.DELIVERED);

        assertThat(effect.channel()).isEqualTo("http");
        assertThat(effect.attempts()).isEqualTo(4);
        assertThat(requests).hasSize(4).containsOnly(effect.idempotencyKey());
        assertThat(ledger).containsOnlyKeys(effect.idempotencyKey());
        assertThat(finished.tasks().get(0).output().orElseThrow())
                .containsEntry("idempotencyKey", effect.idempotencyKey());
    }

    @Test
    void actionsPileUpWhileThePeerIsDownAndEachIsDeliveredOnceWhenItReturns() throws Exception {
        peer.stop(0);
        var runs = new ArrayList<UUID>();
        for (int i = 0; i < 12; i++) {
            runs.add(startOrder("{\"sku\": \"B-" + i + "\"}"));
        }
        for (UUID run : runs) {
            fixture.awaitEnd(run, PATIENCE);
        }
        RunEffect waiting = awaitEffect(runs.get(0), e -> e.attempts() >= 1 && e.state() == RunEffect.State.PENDING);
        assertThat(waiting.lastError()).hasValueSatisfying(error -> assertThat(error).contains("could not be reached"));
        Thread.sleep(1500);

        peer = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        servePeer();

        for (UUID run : runs) {
            awaitEffect(run, e -> e.state() == RunEffect.State.DELIVERED);
        }
        assertThat(ledger).hasSize(12);
        assertThat(Set.copyOf(requests)).as("one delivery per message after the peer returned").hasSize(12);
        assertThat(requests).hasSize(12);
    }

    @Test
    void aRequestThePeerRefusesFailsWithoutRetries() throws Exception {
        UUID run = startOrder("{\"sku\": \"bad\"}");

        RunEffect effect = awaitEffect(run, e -> e.state() == RunEffect.State.FAILED);

        assertThat(effect.attempts()).isOne();
        assertThat(effect.lastError()).hasValueSatisfying(error -> assertThat(error).contains("HTTP 422"));
        assertThat(ledger).isEmpty();
    }

    @Test
    void aMessageWaitsForItsMissingChannelAndGoesOutWhenTheChannelArrives() throws Exception {
        var crm = new RecordingChannel("crm");
        fixture.register(new CrmNoteStep());
        UUID workflow = fixture.save("""
                {"name": "Note in CRM", "start": "note", "nodes": [
                  {"id": "note", "type": "step", "step": "test.crm-note", "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        UUID run = fixture.runs.start(fixture.manager, workflow, Map.of()).id();

        RunEffect waiting = awaitEffect(run, e -> e.lastError().isPresent());
        assertThat(waiting.state()).isEqualTo(RunEffect.State.PENDING);
        assertThat(waiting.attempts()).as("waiting for a channel uses up no attempt").isZero();
        assertThat(waiting.lastError().orElseThrow()).contains("Waiting for 'crm'");

        fixture.channels.addChannel(crm);

        awaitEffect(run, e -> e.state() == RunEffect.State.DELIVERED);
        assertThat(crm.deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.payload()).containsEntry("text", "Called Jane");
            assertThat(delivery.organization()).isEqualTo(fixture.tenant);
        });
    }

    private UUID startOrder(String body) {
        UUID workflow = fixture.save("""
                {"name": "Order", "start": "send", "nodes": [
                  {"id": "send", "type": "step", "step": "http.send",
                   "input": {"url": "http://127.0.0.1:%d/orders", "body": %s}, "next": "done"},
                  {"id": "done", "type": "end"}]}""".formatted(port, body));
        return fixture.runs.start(fixture.manager, workflow, Map.of()).id();
    }

    private RunEffect awaitEffect(UUID run, Predicate<RunEffect> condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<RunEffect> effects = List.of();
        while (System.nanoTime() < deadline) {
            effects = fixture.runs.get(fixture.manager, run).effects();
            if (effects.size() == 1 && condition.test(effects.get(0))) {
                return effects.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The run's message never got there: " + effects);
    }

    /** A skill's channel, recording what it delivers. */
    private static final class RecordingChannel implements OutboxChannel {
        final String name;
        final List<OutboxDelivery> deliveries = new CopyOnWriteArrayList<>();

        RecordingChannel(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public DeliveryResult deliver(OutboxDelivery delivery) {
            deliveries.add(delivery);
            return DeliveryResult.delivered(Map.of("noteId", "n-1"));
        }
    }

    /** A skill's step that writes a CRM note through the outbox. */
    private static final class CrmNoteStep implements dev.platina.workflow.api.WorkflowStep {
        @Override
        public dev.platina.workflow.api.StepDescriptor descriptor() {
            return new dev.platina.workflow.api.StepDescriptor("test.crm-note", "CRM note", "A test step", "Tests",
                    Map.of("type", "object"), Map.of());
        }

        @Override
        public dev.platina.workflow.api.StepOutcome execute(dev.platina.workflow.api.StepExecution execution) {
            return dev.platina.workflow.api.StepOutcome.done(Map.of()).withEffects(
                    new dev.platina.workflow.api.OutboundMessage("crm", Map.of("text", "Called Jane")));
        }
    }

    static {
        // Keeps the JDK's HTTP client from holding a connection to a peer that is stopped and started again.
        System.setProperty("jdk.httpclient.keepalive.timeout", "1");
    }
}
