package dev.platina.integration.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.integration.api.CallResult;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxDelivery;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * The lookups without a caller are for the connector's own bundle only: another skill gets no connection, and its
 * outbox channel cannot deliver for a connector it did not register.
 */
@ExtendWith(DatabaseExtension.class)
class ConnectorOwnershipTest {

    private final PlatformTestDatabase database;
    private KitFixture kit;
    private AcmePeer peer;
    private TenantId tenant;

    ConnectorOwnershipTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        kit = new KitFixture(database);
        kit.registry.addConnector(AcmeConnectors.byKey(), reference(bundle(41)));
        peer = new AcmePeer();
        tenant = database.newTenant();
        kit.service.connect(KitFixture.admin(tenant), "acme", Map.of("apiKey", AcmePeer.GOOD_KEY, "baseUrl",
                peer.baseUrl()));
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    @Test
    void onlyTheConnectorsOwnBundleSeesItsConnections() {
        var own = new DefaultConnectionService(kit.connections, kit.audit, bundle(41));
        var other = new DefaultConnectionService(kit.connections, kit.audit, bundle(77));

        assertThat(own.connection(tenant, "acme")).isPresent();
        assertThat(other.connection(tenant, "acme")).isEmpty();
    }

    @Test
    void anotherBundlesChannelCannotDeliverForTheConnector() {
        var called = new AtomicBoolean();
        var other = new DefaultConnectorDeliveries(kit.connections, Duration.ofSeconds(30), Clock.systemUTC(),
                bundle(77));

        DeliveryResult result = other.deliver(new OutboxDelivery(tenant, UUID.randomUUID(), "k", Map.of(), 1),
                "acme", connection -> {
                    called.set(true);
                    return CallResult.done(Map.of());
                });

        assertThat(called).isFalse();
        assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.RETRY);
        assertThat(new DefaultConnectorDeliveries(kit.connections, Duration.ofSeconds(30), Clock.systemUTC(),
                bundle(41)).deliver(new OutboxDelivery(tenant, UUID.randomUUID(), "k", Map.of(), 1), "acme",
                        connection -> CallResult.done(Map.of())).kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
    }

    private static Bundle bundle(long id) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getBundleId" -> id;
                    case "hashCode" -> Long.hashCode(id);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "bundle " + id;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private static ServiceReference<dev.platina.integration.api.Connector> reference(Bundle bundle) {
        return (ServiceReference<dev.platina.integration.api.Connector>) Proxy.newProxyInstance(
                ServiceReference.class.getClassLoader(), new Class<?>[] {ServiceReference.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getBundle" -> bundle;
                    case "hashCode" -> 1;
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
