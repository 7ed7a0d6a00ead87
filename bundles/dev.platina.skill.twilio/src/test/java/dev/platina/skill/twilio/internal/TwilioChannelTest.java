package dev.platina.skill.twilio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.identity.api.Caller;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.impl.internal.KitForConnectorTests;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.EventReceipt;
import dev.platina.workflow.api.OutboundMessage;
import dev.platina.workflow.api.OutboxDelivery;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.engine.internal.EngineForIntegrationTests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The channel's deliveries one attempt at a time, through the kit's guarded deliveries on PostgreSQL and a local
 * Twilio: what a repeated attempt does after a lost answer, and how Twilio's failures count.
 */
@ExtendWith(DatabaseExtension.class)
class TwilioChannelTest {
    private static final String TO = "+447700900123";

    private final PlatformTestDatabase database;
    private KitForConnectorTests kit;
    private TwilioPeer twilio;
    private TwilioChannel channel;
    private TenantId tenant;
    private Caller admin;

    TwilioChannelTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        kit = new KitForConnectorTests(database, new JdbcAuditLog(database.transactions()),
                (publisher, event) -> new EventReceipt(event.id(), false, List.of(), 0), Duration.ofSeconds(2))
                .register(new TwilioConnector());
        twilio = new TwilioPeer();
        channel = new TwilioChannel(kit.deliveries);
        tenant = database.newTenant();
        admin = EngineForIntegrationTests.managerIn(tenant);
    }

    @AfterEach
    void stop() {
        twilio.close();
    }

    @Test
    void aRepeatAfterALostAnswerFindsTheMessageInsteadOfSendingItAgain() throws Exception {
        connect(TwilioPeer.NUMBER);
        Map<String, Object> payload = queued(Map.of("to", TO, "body", "Your parcel arrives today."), Clock.systemUTC());
        twilio.loseNextAnswers = 1;

        DeliveryResult lost = channel.deliver(delivery(payload, 1));
        // Other texts to the same person since then, with a small page size: the lookup pages back to find it.
        twilio.pageSizeLimit = 2;
        for (String other : List.of("Other 1", "Other 2", "Other 3")) {
            assertThat(channel.deliver(delivery(queued(Map.of("to", TO, "body", other), Clock.systemUTC()), 1))
                    .kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        }
        DeliveryResult repeated = channel.deliver(delivery(payload, 2));

        assertThat(lost.kind()).isEqualTo(DeliveryResult.Kind.RETRY);
        assertThat(lost.reason().orElseThrow()).startsWith("Waiting for Twilio SMS: Twilio SMS could not be reached");
        assertThat(repeated.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(repeated.receipt()).containsEntry("foundEarlier", true)
                .containsEntry("sid", twilio.messages.get(0).path("sid").asText());
        assertThat(twilio.sentTo(TO, "Your parcel arrives today.")).isEqualTo(1);
        assertThat(twilio.requests.stream().filter(r -> r.method().equals("GET") && r.query() != null
                && r.query().contains("Page=1"))).hasSize(1);
    }

    @Test
    void aFirstAttemptSendsWithoutLookingAndARepeatWithNothingFoundSends() throws Exception {
        connect(TwilioPeer.NUMBER);
        Map<String, Object> payload = queued(Map.of("to", TO, "body", "Hello"), Clock.systemUTC());
        twilio.failNext(503, 20500, "Service Unavailable", Map.of());

        DeliveryResult unavailable = channel.deliver(delivery(payload, 1));
        DeliveryResult repeated = channel.deliver(delivery(payload, 2));

        assertThat(unavailable.kind()).isEqualTo(DeliveryResult.Kind.RETRY);
        assertThat(unavailable.reason().orElseThrow()).contains("Twilio answered 503: Service Unavailable");
        assertThat(repeated.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(repeated.receipt()).doesNotContainKey("foundEarlier").containsEntry("status", "queued");
        assertThat(twilio.requests).extracting(TwilioPeer.Request::method).containsExactly("POST", "GET", "POST");
        assertThat(twilio.sentTo(TO, "Hello")).isEqualTo(1);
    }

    @Test
    void theSameTextSentBeforeTheStepQueuedItIsNotTakenForIt() throws Exception {
        connect(TwilioPeer.NUMBER);
        assertThat(channel.deliver(delivery(queued(Map.of("to", TO, "body", "Your code is 4711"),
                Clock.systemUTC()), 1)).kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(10)), ZoneOffset.UTC);

        DeliveryResult repeated = channel.deliver(delivery(queued(Map.of("to", TO, "body", "Your code is 4711"),
                later), 3));

        assertThat(repeated.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(repeated.receipt()).doesNotContainKey("foundEarlier");
        assertThat(twilio.sentTo(TO, "Your code is 4711")).isEqualTo(2);
    }

    @Test
    void aMessagingServiceSendsAndIsLookedUpByItsSid() throws Exception {
        String service = "MG0123456789abcdef0123456789abcdef";
        connect(service);
        Map<String, Object> payload = queued(Map.of("to", TO, "body", "Sale starts now",
                "mediaUrl", "https://cdn.example.com/sale.png"), Clock.systemUTC());
        twilio.loseNextAnswers = 1;

        channel.deliver(delivery(payload, 1));
        DeliveryResult repeated = channel.deliver(delivery(payload, 2));

        assertThat(repeated.receipt()).containsEntry("foundEarlier", true).containsEntry("status", "accepted");
        assertThat(twilio.creations()).singleElement().satisfies(request -> assertThat(request.form())
                .containsEntry("MessagingServiceSid", service).doesNotContainKey("From")
                .containsEntry("MediaUrl", "https://cdn.example.com/sale.png")
                .doesNotContainKey("StatusCallback"));
        assertThat(twilio.requests).filteredOn(r -> r.method().equals("GET")).singleElement()
                .satisfies(r -> assertThat(r.query()).contains("To=%2B447700900123").doesNotContain("From="));
    }

    @Test
    void aRevokedTokenMarksTheConnectionFailingAndTheMessageWaits() throws Exception {
        connect(TwilioPeer.NUMBER);
        twilio.failNext(401, 20003, "Authenticate", Map.of());

        DeliveryResult result = channel.deliver(delivery(queued(Map.of("to", TO, "body", "Hi"), Clock.systemUTC()),
                1));

        assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.RETRY);
        var status = kit.connections.status(admin, "twilio");
        assertThat(status.state()).isEqualTo(ConnectionState.FAILING);
        assertThat(status.lastError().orElseThrow()).contains("Authenticate (error 20003")
                .doesNotContain(TwilioPeer.AUTH_TOKEN);
    }

    @Test
    void anUnknownOperationIsRefused() {
        DeliveryResult result = channel.deliver(delivery(Map.of("operation", "call.place", "parameters", Map.of()),
                1));

        assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.REFUSED);
    }

    private void connect(String sender) {
        var fields = new HashMap<String, String>(Map.of("accountSid", TwilioPeer.ACCOUNT_SID, "authToken",
                TwilioPeer.AUTH_TOKEN, "sender", sender, "baseUrl", twilio.baseUrl()));
        kit.connections.connect(admin, "twilio", fields);
        twilio.requests.clear();
    }

    /** What the step hands the outbox for this input, as the engine would store it. */
    private Map<String, Object> queued(Map<String, Object> input, Clock clock) {
        var outcome = new SendSmsStep(kit.connections, clock).execute(execution(input));
        return outcome.effects().stream().filter(OutboundMessage.class::isInstance).map(OutboundMessage.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError(outcome.toString())).payload();
    }

    private OutboxDelivery delivery(Map<String, Object> payload, int attempt) {
        return new OutboxDelivery(tenant, UUID.nameUUIDFromBytes(payload.toString().getBytes()), "run:text",
                payload, attempt);
    }

    private StepExecution execution(Map<String, Object> input) {
        UUID run = UUID.randomUUID();
        return new StepExecution() {
            @Override
            public UUID runId() {
                return run;
            }

            @Override
            public String nodeId() {
                return "text";
            }

            @Override
            public Map<String, Object> input() {
                return input;
            }

            @Override
            public Caller caller() {
                return admin;
            }

            @Override
            public String idempotencyKey() {
                return run + ":text";
            }

            @Override
            public int attempt() {
                return 1;
            }
        };
    }
}
