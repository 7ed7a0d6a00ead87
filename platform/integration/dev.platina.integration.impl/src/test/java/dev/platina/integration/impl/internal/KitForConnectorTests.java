package dev.platina.integration.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.api.Connector;
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
 * ingress and the deliveries with a breaker pause short enough for a test.
 */
public final class KitForConnectorTests {

    public final ConnectionService connections;
    public final ConnectorDeliveries deliveries;
    private final ConnectorRegistry registry = new ConnectorRegistry();
    private final WebhookIngress ingress;

    public KitForConnectorTests(PlatformTestDatabase database, AuditLog audit, EventBus bus, Duration breakerPause)
            throws IOException {
        var kit = new Connections(database.transactions(), new AesGcmSecretCipher(Files.createTempDirectory(
                "connector-keys")), registry, new OAuthTokens(Duration.ofSeconds(5)), Clock.systemUTC());
        this.connections = new DefaultConnectionService(kit, audit);
        this.deliveries = new DefaultConnectorDeliveries(kit, breakerPause, Clock.systemUTC());
        this.ingress = new WebhookIngress(kit, bus, audit);
    }

    public KitForConnectorTests register(Connector connector) {
        registry.register(connector);
        return this;
    }

    public KitForConnectorTests register(WebhookHandler handler) {
        registry.addWebhookHandler(handler);
        return this;
    }

    /** A webhook delivery as the REST resource hands it over; returns {published, repeated}. */
    public int[] deliverWebhook(String connector, String connectionId, Map<String, String> headers, byte[] body) {
        WebhookIngress.Receipt receipt = ingress.receive(connector, connectionId, headers, body);
        return new int[] {receipt.published(), receipt.repeated()};
    }
}
