package dev.platina.integration.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.api.ConnectorChannel;
import dev.platina.integration.api.QueuedWrite;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxDelivery;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared outbox channel: the queued write read back, unknown operations refused unsent, calls guarded. */
@ExtendWith(DatabaseExtension.class)
class ConnectorChannelTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final PlatformTestDatabase database;
    private KitFixture kit;
    private AcmePeer peer;
    private TenantId tenant;
    private AcmeChannel channel;

    ConnectorChannelTest(PlatformTestDatabase database) {
        this.database = database;
    }

    /** Knows one operation, {@code action.run}, and posts it to the peer. */
    private static final class AcmeChannel extends ConnectorChannel {
        volatile String baseUrlCalled;
        volatile String keyPassed;
        volatile QueuedWrite writePerformed;

        AcmeChannel(DefaultConnectorDeliveries deliveries) {
            super(deliveries, "acme-outbox", "acme");
        }

        @Override
        protected void accept(QueuedWrite write) {
            acceptOnly(write, Set.of("action.run"), "Acme");
        }

        @Override
        protected CallResult perform(Connection connection, QueuedWrite write, OutboxDelivery delivery)
                throws Exception {
            baseUrlCalled = connection.setting("baseUrl").orElseThrow();
            keyPassed = delivery.idempotencyKey();
            writePerformed = write;
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrlCalled + "/action"))
                    .header("Idempotency-Key", keyPassed).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? CallResult.done(Map.of("id", "act_1"))
                    : CallResult.ofFailedStatus(response.statusCode(), "Acme answered HTTP " + response.statusCode(),
                            Optional.empty());
        }
    }

    @BeforeEach
    void start() throws Exception {
        kit = new KitFixture(database);
        kit.registry.register(AcmeConnectors.byKey());
        peer = new AcmePeer();
        tenant = database.newTenant();
        kit.service.connect(KitFixture.admin(tenant), "acme", Map.of("apiKey", AcmePeer.GOOD_KEY, "baseUrl",
                peer.baseUrl()));
        channel = new AcmeChannel(new DefaultConnectorDeliveries(kit.connections, Duration.ofSeconds(30),
                kit.clock));
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    @Test
    void aKnownOperationIsPerformedOnTheOrganisationsConnectionWithTheMessagesKey() throws Exception {
        DeliveryResult result = channel.deliver(delivery("action.run", Map.of("note", "call back Ada"), "key-7"));

        assertThat(channel.name()).isEqualTo("acme-outbox");
        assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(result.receipt()).containsEntry("id", "act_1");
        assertThat(peer.actions.get()).isEqualTo(1);
        assertThat(channel.baseUrlCalled).isEqualTo(peer.baseUrl());
        assertThat(channel.keyPassed).isEqualTo("key-7");
        assertThat(channel.writePerformed).isEqualTo(new QueuedWrite("action.run", Map.of("note", "call back Ada")));
    }

    @Test
    void anUnknownOperationIsRefusedForGoodWithoutCallingTheVendor() throws Exception {
        DeliveryResult result = channel.deliver(delivery("action.explode", Map.of(), "key-8"));

        assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.REFUSED);
        assertThat(result.reason()).contains("Acme has no operation 'action.explode'.");
        assertThat(channel.writePerformed).isNull();
        assertThat(peer.actions.get()).isZero();
        assertThat(kit.service.status(KitFixture.admin(tenant), "acme").state())
                .isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void aVendorOutageGoesThroughTheKitsGuardAndWaits() throws Exception {
        peer.down = true;

        DeliveryResult result = channel.deliver(delivery("action.run", Map.of(), "key-9"));

        assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.RETRY);
        assertThat(result.reason().orElseThrow()).startsWith("Waiting for Acme: Acme answered HTTP 503");
        assertThat(kit.service.status(KitFixture.admin(tenant), "acme").state()).isEqualTo(ConnectionState.FAILING);
    }

    private OutboxDelivery delivery(String operation, Map<String, Object> parameters, String key) {
        return new OutboxDelivery(tenant, UUID.randomUUID(), key, new QueuedWrite(operation, parameters).payload(),
                1);
    }
}
