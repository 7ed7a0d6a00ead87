package dev.platina.skill.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.identity.api.Caller;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.impl.internal.KitForConnectorTests;
import dev.platina.integration.impl.internal.StepCalls;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxDelivery;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The skill inside the integration kit with everything real but the event bus's workflows: PostgreSQL with
 * row-level security, the AES-GCM cipher, the kit's connection service, guarded deliveries and webhook ingress, and
 * a HubSpot peer on the JDK's HTTP server.
 */
@ExtendWith(DatabaseExtension.class)
class HubSpotThroughTheKitTest {
    private static final String CLIENT_SECRET = "9d3e61a0-4b7c-4e2f-a1d8-55c0f3b2e7aa";

    private final PlatformTestDatabase database;
    private HubSpotPeer hubspot;
    private ConnectionService service;
    private ConnectorDeliveries deliveries;
    private KitForConnectorTests kit;
    private TenantId tenant;
    private Caller admin;

    HubSpotThroughTheKitTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start(@TempDir Path data) throws Exception {
        hubspot = new HubSpotPeer();
        kit = new KitForConnectorTests(database).register(new HubSpotConnector())
                .register(new HubSpotWebhooks());
        service = kit.connections;
        deliveries = kit.deliveries;
        tenant = database.newTenant();
        admin = KitForConnectorTests.admin(tenant);
    }

    @AfterEach
    void stop() {
        hubspot.close();
    }

    @Test
    void connectingChecksTheTokenAndSealsIt() throws Exception {
        assertThatThrownBy(() -> service.connect(admin, HubSpotConnector.ID, Map.of(
                HubSpotConnector.ACCESS_TOKEN, "pat-wrong", HubSpotConnector.BASE_URL, hubspot.baseUrl())))
                .hasMessageContaining("refused the access token");

        var status = connect();

        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.secretsSet()).contains(HubSpotConnector.ACCESS_TOKEN, HubSpotConnector.CLIENT_SECRET);
        assertThat(status.webhookPath()).contains("/api/v1/hooks/hubspot/" + status.connectionId().get());
        assertThat(KitForConnectorTests.storedConnection(database, tenant)).doesNotContain(HubSpotPeer.TOKEN)
                .doesNotContain(CLIENT_SECRET);
    }

    @Test
    void aStepQueuesTheWriteAndTheGuardedDeliveryPerformsIt() throws Exception {
        connect();
        var delivery = StepCalls.queued(new CreateContactStep(service), HubSpotChannel.NAME, admin, Map.of("email",
                "lin@example.com", "firstName", "Lin"));
        var channel = new HubSpotChannel(deliveries);

        hubspot.failNext(429, HubSpotPeer.error("You have reached your secondly limit.", "RATE_LIMIT"),
                Map.of("Retry-After", "7"));
        DeliveryResult throttled = channel.deliver(delivery);
        DeliveryResult delivered = channel.deliver(delivery);
        DeliveryResult repeated = channel.deliver(delivery);

        assertThat(throttled.kind()).isEqualTo(DeliveryResult.Kind.RETRY);
        assertThat(throttled.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(throttled.reason().orElseThrow()).contains("HubSpot").contains("secondly limit");
        assertThat(delivered.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(repeated.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(repeated.receipt().get("id")).isEqualTo(delivered.receipt().get("id"));
        assertThat(hubspot.records("contacts")).hasSize(1);
        assertThat(service.status(admin, HubSpotConnector.ID).state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void theReadStepGivesTheLeadsDetailsAndSaysWhenThereIsNoSuchContactOrHubSpotIsDown() throws Exception {
        connect();
        var channel = new HubSpotChannel(deliveries);
        String id = String.valueOf(channel.deliver(StepCalls.queued(new CreateContactStep(service),
                HubSpotChannel.NAME, admin, Map.of("email", "jane@globex.example", "firstName", "Jane", "lastName",
                        "Doe", "company", "Globex"))).receipt().get("id"));
        var read = new ReadContactStep(service);

        StepOutcome found = read.execute(execution(Map.of("contactId", id)));
        StepOutcome missing = read.execute(execution(Map.of("contactId", "999999")));
        hubspot.failNext(503, HubSpotPeer.error("Service unavailable", "SERVICE_UNAVAILABLE"), Map.of());
        StepOutcome down = read.execute(execution(Map.of("contactId", id)));

        assertThat(found.output()).containsEntry("id", id).containsEntry("email", "jane@globex.example")
                .containsEntry("firstName", "Jane").containsEntry("lastName", "Doe").containsEntry("company",
                        "Globex");
        assertThat(hubspot.requests()).anyMatch(r -> r.method().equals("GET") && r.path().equals(
                "/crm/v3/objects/contacts/" + id + "?properties=" + ReadContactStep.PROPERTIES));
        assertThat(missing.succeeded()).isFalse();
        assertThat(missing.failure().orElseThrow()).contains("HubSpot has no contact 999999");
        assertThat(missing.retryable()).isFalse();
        assertThat(down.retryable()).isTrue();
        assertThat(down.failure().orElseThrow()).contains("503", "Service unavailable");
    }

    @Test
    void aRevokedTokenMarksTheConnectionFailingAndTheMessageWaits() throws Exception {
        connect();
        var channel = new HubSpotChannel(deliveries);
        var payload = Map.<String, Object>of("operation", "note.create", "parameters",
                HubSpotOperation.NOTE_CREATE.parameters(Map.of("contactId", "101", "body", "Hi"),
                        java.time.Clock.systemUTC()));
        hubspot.failNext(401, HubSpotPeer.error("The OAuth token used to make this call expired 1 day(s) ago.",
                "EXPIRED_AUTHENTICATION"), Map.of());

        DeliveryResult result = channel.deliver(new OutboxDelivery(tenant, UUID.randomUUID(), "k", payload, 1));

        assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.RETRY);
        var status = service.status(admin, HubSpotConnector.ID);
        assertThat(status.state()).isEqualTo(ConnectionState.FAILING);
        assertThat(status.lastError().orElseThrow()).contains("EXPIRED_AUTHENTICATION")
                .doesNotContain(HubSpotPeer.TOKEN);
    }

    @Test
    void whileHubSpotIsDownContactsWaitAndEachIsCreatedOnceWhenItReturns() throws Exception {
        connect();
        var channel = new HubSpotChannel(deliveries);
        var waiting = new java.util.ArrayList<OutboxDelivery>();
        for (String email : List.of("ada@example.com", "bo@example.com", "cy@example.com")) {
            var payload = Map.<String, Object>of("operation", "contact.create", "parameters",
                    HubSpotOperation.CONTACT_CREATE.parameters(Map.of("email", email), java.time.Clock.systemUTC()));
            waiting.add(new OutboxDelivery(tenant, UUID.randomUUID(), "run-" + email + ":create", payload, 1));
        }
        for (OutboxDelivery delivery : waiting) {
            hubspot.failNext(503, HubSpotPeer.error("Service Unavailable", "SERVICE_UNAVAILABLE"), Map.of());
            assertThat(channel.deliver(delivery).kind()).isEqualTo(DeliveryResult.Kind.RETRY);
        }
        assertThat(service.status(admin, HubSpotConnector.ID).state()).isEqualTo(ConnectionState.FAILING);
        assertThat(hubspot.records("contacts")).isEmpty();

        var ids = new java.util.ArrayList<Object>();
        for (OutboxDelivery delivery : waiting) {
            DeliveryResult result = channel.deliver(delivery);
            assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
            ids.add(result.receipt().get("id"));
        }
        // The relay repeats the first one, as after an answer lost on the way back.
        DeliveryResult repeated = channel.deliver(waiting.get(0));

        assertThat(repeated.receipt().get("id")).isEqualTo(ids.get(0));
        assertThat(hubspot.records("contacts")).hasSize(3);
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(service.status(admin, HubSpotConnector.ID).state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void aSignedWebhookIsPublishedOnceAndAForgedOneIsRefused() throws Exception {
        UUID connection = connect().connectionId().orElseThrow();
        String body = "[{\"eventId\":4242,\"subscriptionId\":9,\"portalId\":62515,\"appId\":7001,"
                + "\"occurredAt\":" + Instant.now().minusSeconds(5).toEpochMilli() + ","
                + "\"subscriptionType\":\"contact.creation\",\"attemptNumber\":0,\"objectId\":555,"
                + "\"changeSource\":\"CRM\",\"changeFlag\":\"NEW\"}]";
        String timestamp = Long.toString(Instant.now().toEpochMilli());
        String uri = "https://platina.example.com/api/v1/hooks/hubspot/" + connection;
        var headers = Map.of("Host", "platina.example.com", "X-HubSpot-Request-Timestamp", timestamp,
                "X-HubSpot-Signature-v3", sign("POST" + uri + body + timestamp));

        int[] first = kit.deliverWebhook("hubspot", connection.toString(), headers, body.getBytes(
                StandardCharsets.UTF_8));
        int[] retried = kit.deliverWebhook("hubspot", connection.toString(), headers,
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(first[0]).as("kit.published").isEqualTo(1);
        assertThat(retried[0]).as("kit.published again").isZero();
        assertThat(retried[1]).as("repeated").isEqualTo(1);
        assertThat(kit.published).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("crm.lead.created");
            assertThat(event.data()).containsEntry("contactId", "555");
        });

        var forged = Map.of("Host", "platina.example.com", "X-HubSpot-Request-Timestamp", timestamp,
                "X-HubSpot-Signature-v3", sign("POST" + uri + body.replace("555", "556") + timestamp));
        assertThatThrownBy(() -> kit.deliverWebhook("hubspot", connection.toString(), forged,
                body.getBytes(StandardCharsets.UTF_8))).isInstanceOf(AuthenticationFailedException.class);
        assertThat(kit.published).hasSize(1);
    }

    private dev.platina.integration.api.ConnectorStatus connect() {
        return service.connect(admin, HubSpotConnector.ID, Map.of(HubSpotConnector.ACCESS_TOKEN, HubSpotPeer.TOKEN,
                HubSpotConnector.CLIENT_SECRET, CLIENT_SECRET, HubSpotConnector.BASE_URL, hubspot.baseUrl()));
    }

    private StepExecution execution(Map<String, Object> input) {
        return StepCalls.execution(admin, "create-contact", input);
    }

    private static String sign(String source) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(source.getBytes(StandardCharsets.UTF_8)));
    }
}
