package dev.platina.integration.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.ConnectionState;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The breaker, Retry-After and connection health, against a local vendor that goes down and comes back. */
@ExtendWith(DatabaseExtension.class)
class ConnectorDeliveriesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final PlatformTestDatabase database;
    private KitFixture kit;
    private AcmePeer peer;
    private TenantId tenant;
    private DefaultConnectorDeliveries deliveries;

    ConnectorDeliveriesTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        kit = new KitFixture(database);
        kit.registry.register(AcmeConnectors.byKey());
        peer = new AcmePeer();
        tenant = database.newTenant();
        kit.service.connect(KitFixture.admin(tenant), "acme", Map.of("apiKey", AcmePeer.GOOD_KEY, "baseUrl",
                peer.baseUrl()));
        deliveries = new DefaultConnectorDeliveries(kit.connections, Duration.ofSeconds(30), kit.clock);
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    @Test
    void fiveFailuresPauseTheConnectionThenOneTrialClosesTheBreaker() throws Exception {
        peer.down = true;
        for (int i = 1; i <= 5; i++) {
            DeliveryResult result = deliver();
            assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.RETRY);
            assertThat(result.reason().orElseThrow()).startsWith("Waiting for Acme: Acme answered HTTP 503");
        }
        assertThat(peer.actions.get()).isEqualTo(5);
        assertThat(kit.service.status(KitFixture.admin(tenant), "acme").state()).isEqualTo(ConnectionState.FAILING);

        DeliveryResult paused = deliver();
        assertThat(peer.actions.get()).as("no call while the breaker is open").isEqualTo(5);
        assertThat(paused.reason().orElseThrow()).startsWith("Waiting for Acme: paused after 5 failed calls");
        assertThat(paused.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(30)));

        peer.down = false;
        kit.clock.advance(Duration.ofSeconds(31));
        assertThat(deliver().kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(deliver().kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(peer.actions.get()).isEqualTo(7);
        var status = kit.service.status(KitFixture.admin(tenant), "acme");
        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.lastError()).isEmpty();
    }

    @Test
    void theVendorsRetryAfterIsHonouredAndARefusalDoesNotOpenTheBreaker() throws Exception {
        peer.down = true;
        peer.retryAfter = "120";
        DeliveryResult result = deliver();
        assertThat(result.retryAfter()).contains(Duration.ofSeconds(120));

        DeliveryResult refused = deliveries.deliver(delivery(), "acme", connection -> CallResult.refused(
                "amount must be positive"));
        assertThat(refused.kind()).isEqualTo(DeliveryResult.Kind.REFUSED);
        assertThat(refused.reason()).contains("Acme refused it: amount must be positive");

        DeliveryResult throttled = deliveries.deliver(delivery(), "acme", connection -> CallResult.throttled(
                "rate limit", Optional.of(Duration.ofSeconds(7))));
        assertThat(throttled.reason().orElseThrow()).startsWith("Waiting for Acme: too many requests");
        assertThat(throttled.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void anOrganisationWithoutTheConnectionWaitsWithAPlainReason() throws Exception {
        DeliveryResult result = deliveries.deliver(new OutboxDelivery(database.newTenant(), UUID.randomUUID(),
                "key-1", Map.of(), 1), "acme", connection -> CallResult.done(Map.of()));

        assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.RETRY);
        assertThat(result.reason().orElseThrow()).isEqualTo("Waiting for Acme: Acme is not connected for this"
                + " organisation; an administrator can connect it under Settings > Connections.");
    }

    private DeliveryResult deliver() {
        return deliveries.deliver(delivery(), "acme", connection -> {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(connection.setting("baseUrl")
                    .orElseThrow() + "/action")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? CallResult.done(Map.of("id", "act_1"))
                    : CallResult.ofFailedStatus(response.statusCode(), "Acme answered HTTP " + response.statusCode(),
                            response.headers().firstValue("Retry-After").map(s -> Duration.ofSeconds(
                                    Long.parseLong(s))));
        });
    }

    private OutboxDelivery delivery() {
        return new OutboxDelivery(tenant, UUID.randomUUID(), "key-" + UUID.randomUUID(), Map.of(), 1);
    }
}
