package dev.platina.integration.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.api.InboundDelivery;
import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.PollResult;
import dev.platina.integration.api.PollingSource;
import dev.platina.integration.api.WebhookHandler;
import dev.platina.integration.api.WebhookReading;
import dev.platina.integration.api.WebhookRefusedException;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.engine.internal.EngineFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Webhooks and polling into the real event bus, which starts workflows. */
@ExtendWith(DatabaseExtension.class)
class InboundTest {

    private final PlatformTestDatabase database;
    private KitFixture kit;
    private EngineFixture engine;
    private AcmePeer peer;
    private TenantId tenant;

    InboundTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        kit = new KitFixture(database);
        kit.registry.register(AcmeConnectors.byKey());
        kit.registry.addWebhookHandler(new SharedSecretHandler());
        engine = new EngineFixture(database);
        peer = new AcmePeer();
        tenant = engine.tenant;
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
        peer.close();
    }

    @Test
    void aSignedDeliveryStartsTheWorkflowOnceAndForgeriesAreRefused() throws Exception {
        UUID connection = connect(tenant);
        UUID workflow = engine.save(onEvent("payment.succeeded"));
        var ingress = new WebhookIngress(kit.connections, engine.events, kit.audit);
        byte[] body = "{\"id\":\"evt_1\",\"amount\":4200}".getBytes(StandardCharsets.UTF_8);

        var first = ingress.receive("acme", connection.toString(), Map.of("X-Acme-Secret", AcmePeer.GOOD_KEY), body);
        var repeat = ingress.receive("acme", connection.toString(), Map.of("x-acme-secret", AcmePeer.GOOD_KEY),
                body);

        assertThat(first.published()).isEqualTo(1);
        assertThat(first.reply()).as("no answer of the vendor's own: the receipt").isEmpty();
        assertThat(ingress.receive("acme", connection.toString(), Map.of("X-Acme-Secret", AcmePeer.GOOD_KEY),
                "{\"challenge\":\"c1\"}".getBytes(StandardCharsets.UTF_8)).reply())
                .contains(new WebhookReading.Reply("text/xml", "<ok/>"));
        assertThat(repeat.published()).isZero();
        assertThat(repeat.repeated()).isEqualTo(1);
        assertThat(runsOf(workflow)).hasSize(1);
        assertThat(runsOf(workflow).get(0).input()).containsEntry("amount", 4200).containsEntry("connector", "acme");

        assertThatThrownBy(() -> ingress.receive("acme", connection.toString(), Map.of("X-Acme-Secret", "guess"),
                "{\"id\":\"evt_2\"}".getBytes(StandardCharsets.UTF_8))).isInstanceOf(
                        AuthenticationFailedException.class).hasMessage(WebhookIngress.NOT_VERIFIED);
        assertThatThrownBy(() -> ingress.receive("acme", UUID.randomUUID().toString(), Map.of("X-Acme-Secret",
                AcmePeer.GOOD_KEY), body)).isInstanceOf(AuthenticationFailedException.class)
                        .hasMessage(WebhookIngress.NOT_VERIFIED);
        assertThat(kit.audited(tenant, "integration.webhook.refused")).hasSize(1).first().asString()
                .startsWith("DENIED").doesNotContain("evt_2", "guess");
        assertThat(runsOf(workflow)).hasSize(1);
    }

    @Test
    void pollsPublishNewEventsKeepTheCursorAndOneOrganisationsHangingSourceDelaysNoOther() throws Exception {
        TenantId slow = database.newTenant();
        UUID slowConnection = connect(slow);
        UUID connection = connect(tenant);
        UUID workflow = engine.save(onEvent("crm.lead.created"));
        var hanging = new CountDownLatch(1);
        var cursors = new java.util.concurrent.CopyOnWriteArrayList<String>();
        kit.registry.addPollingSource(new PollingSource() {
            @Override
            public String connectorId() {
                return "acme";
            }

            @Override
            public String stream() {
                return "leads";
            }

            @Override
            public Duration interval() {
                return Duration.ofMillis(10);
            }

            @Override
            public PollResult poll(Connection on, Optional<String> cursor) throws Exception {
                if (on.id().equals(slowConnection)) {
                    hanging.await(30, TimeUnit.SECONDS);
                    throw new IllegalStateException("Acme timed out");
                }
                cursors.add(cursor.orElse("none"));
                int next = cursor.map(Integer::parseInt).orElse(0) + 1;
                return new PollResult(List.of(new InboundEvent("lead-" + Math.min(next, 2), "crm.lead.created",
                        Instant.now(), Map.of("n", next))), Optional.of(String.valueOf(next)));
            }
        });
        var scheduler = new PollingScheduler(kit.connections, engine.events, kit.clock);
        scheduler.start();
        try {
            for (int i = 0; i < 3; i++) {
                int polled = i;
                // The hanging organisation's poll holds one thread; this organisation's polls go on regardless.
                waitFor(() -> {
                    kit.clock.advance(Duration.ofSeconds(1));
                    scheduler.tick();
                    return cursors.size() > polled;
                });
            }
            assertThat(cursors).startsWith("none", "1", "2");
            assertThat(new PollCursors(database.transactions()).get(tenant, connection, "leads")).isPresent();
            assertThat(kit.service.status(KitFixture.admin(tenant), "acme").lastError()).isEmpty();
            waitFor(() -> runsOf(workflow).size() == 2);
            Thread.sleep(300);
            assertThat(runsOf(workflow)).hasSize(2);
        } finally {
            hanging.countDown();
            waitFor(() -> kit.service.status(KitFixture.admin(slow), "acme").state() == ConnectionState.FAILING);
            scheduler.stop();
        }
        assertThat(kit.service.status(KitFixture.admin(slow), "acme").lastError().orElseThrow())
                .isEqualTo("Reading leads from Acme failed: Acme timed out");
    }

    @Test
    void aWatchingSourceIsPolledAsSoonAsItReportsAChangeAndItsWatchEndsWithTheConnection() throws Exception {
        UUID connection = connect(tenant);
        var polls = new java.util.concurrent.atomic.AtomicInteger();
        var watching = new java.util.concurrent.CopyOnWriteArrayList<Runnable>();
        var closed = new CountDownLatch(1);
        kit.registry.addPollingSource(new PollingSource() {
            @Override
            public String connectorId() {
                return "acme";
            }

            @Override
            public String stream() {
                return "inbox";
            }

            @Override
            public Duration interval() {
                return Duration.ofHours(1);
            }

            @Override
            public PollResult poll(Connection on, Optional<String> cursor) {
                int n = polls.incrementAndGet();
                return new PollResult(List.of(), Optional.of(String.valueOf(n)));
            }

            @Override
            public Optional<AutoCloseable> watch(Connection on, Runnable changed) {
                assertThat(on.id()).isEqualTo(connection);
                watching.add(changed);
                return Optional.of(closed::countDown);
            }
        });
        var scheduler = new PollingScheduler(kit.connections, engine.events, kit.clock);
        scheduler.start();
        try {
            scheduler.tick();
            waitFor(() -> polls.get() == 1 && watching.size() == 1);
            Thread.sleep(100);
            scheduler.tick();
            Thread.sleep(200);
            assertThat(polls).hasValue(1); // the hour has not passed

            watching.get(0).run();
            scheduler.tick();
            waitFor(() -> polls.get() == 2);
            assertThat(watching).hasSize(1); // the watch lives on; no second one

            kit.service.disconnect(KitFixture.admin(tenant), "acme");
            scheduler.tick();
            assertThat(closed.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            scheduler.stop();
        }
    }

    private UUID connect(TenantId organization) {
        return kit.service.connect(KitFixture.admin(organization), "acme", Map.of("apiKey", AcmePeer.GOOD_KEY,
                "baseUrl", peer.baseUrl())).connectionId().orElseThrow();
    }

    private List<Run> runsOf(UUID workflow) {
        return engine.runs.recent(engine.manager, 100).stream()
                .filter(run -> run.workflowId().equals(workflow)).toList();
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Timed out waiting");
            }
            Thread.sleep(50);
        }
    }

    static String onEvent(String type) {
        return """
                {"name": "On %s", "trigger": {"type": "event", "event": "%s"}, "start": "note", "nodes": [
                  {"id": "note", "type": "step", "step": "data.set", "input": {"eventId": "=trigger.event.id"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""".formatted(type, type);
    }

    /** A vendor that signs by sending the connection's key in a header (enough to test the ingress). */
    private static final class SharedSecretHandler implements WebhookHandler {
        @Override
        public String connectorId() {
            return "acme";
        }

        @Override
        public WebhookReading read(Connection connection, InboundDelivery delivery) throws WebhookRefusedException {
            if (!delivery.header("X-Acme-Secret").equals(connection.secret("apiKey"))) {
                throw new WebhookRefusedException("The X-Acme-Secret header does not match.");
            }
            String body = new String(delivery.body(), StandardCharsets.UTF_8);
            if (body.contains("\"challenge\"")) {
                return WebhookReading.answering(List.of(), WebhookReading.Reply.xml("<ok/>"));
            }
            String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            return WebhookReading.of(List.of(new InboundEvent(id, "payment.succeeded", Instant.now(),
                    Map.of("amount", 4200))));
        }
    }
}
