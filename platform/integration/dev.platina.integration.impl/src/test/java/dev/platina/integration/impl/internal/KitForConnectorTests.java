package dev.platina.integration.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.api.Connector;
import dev.platina.integration.api.PollingSource;
import dev.platina.persistence.api.TenantId;
import dev.platina.integration.api.WebhookHandler;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.security.internal.AesGcmSecretCipher;
import dev.platina.workflow.api.EventBus;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The kit wired by hand for connector skills' tests (through the test jar): the connection service, the webhook
 * ingress, polls and the deliveries with a breaker pause short enough for a test.
 */
public final class KitForConnectorTests {

    public final ConnectionService connections;
    public final ConnectorDeliveries deliveries;
    private final ConnectorRegistry registry = new ConnectorRegistry();
    private final WebhookIngress ingress;
    private final Connections kit;
    private final PollingScheduler polling;

    public KitForConnectorTests(PlatformTestDatabase database, AuditLog audit, EventBus bus, Duration breakerPause)
            throws IOException {
        var kit = new Connections(database.transactions(), new AesGcmSecretCipher(Files.createTempDirectory(
                "connector-keys")), registry, new OAuthTokens(Duration.ofSeconds(5)), Clock.systemUTC());
        this.connections = new DefaultConnectionService(kit, audit);
        this.deliveries = new DefaultConnectorDeliveries(kit, breakerPause, Clock.systemUTC());
        this.ingress = new WebhookIngress(kit, bus, audit);
        this.kit = kit;
        this.polling = new PollingScheduler(kit, bus, Clock.systemUTC());
    }

    public KitForConnectorTests register(Connector connector) {
        registry.register(connector);
        return this;
    }

    public KitForConnectorTests register(WebhookHandler handler) {
        registry.addWebhookHandler(handler);
        return this;
    }

    public KitForConnectorTests register(PollingSource source) {
        registry.addPollingSource(source);
        return this;
    }

    /**
     * One poll of {@code source} for the organisation's connection, as the kit's scheduler makes it: the stored
     * cursor is passed, new events are published on the bus and the next cursor is stored. False when the poll
     * failed (then recorded on the connection as its last error).
     */
    public boolean poll(PollingSource source, TenantId organization) {
        ConnectionRow row = kit.transactions().withoutTenant(ConnectionStore::all).stream()
                .filter(r -> r.organization().equals(organization) && r.connector().equals(source.connectorId()))
                .findFirst().orElseThrow(() -> new IllegalStateException(organization + " has not connected "
                        + source.connectorId()));
        return polling.pollOnce(source, row);
    }

    /**
     * Starts the kit's scheduler for real (a tick every two seconds, watches included) until the answer is
     * closed; for tests of sources that watch.
     */
    public AutoCloseable startPolling() {
        var scheduler = new PollingScheduler(kit, polling.bus(), Clock.systemUTC());
        scheduler.start();
        return scheduler::stop;
    }

    /** A webhook delivery as the REST resource hands it over; returns {published, repeated}. */
    public int[] deliverWebhook(String connector, String connectionId, Map<String, String> headers, byte[] body) {
        WebhookIngress.Receipt receipt = ingress.receive(connector, connectionId, headers, body);
        return new int[] {receipt.published(), receipt.repeated()};
    }
}
