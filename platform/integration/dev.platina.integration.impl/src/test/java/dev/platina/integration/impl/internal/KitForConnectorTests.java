package dev.platina.integration.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.api.Connector;
import dev.platina.integration.api.PollingSource;
import dev.platina.persistence.api.TenantId;
import dev.platina.integration.api.WebhookHandler;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.security.internal.AesGcmSecretCipher;
import dev.platina.workflow.api.EventBus;
import dev.platina.workflow.api.EventReceipt;
import dev.platina.workflow.api.PlatformEvent;
import dev.platina.workflow.engine.internal.EngineFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * The kit wired by hand for connector skills' tests (through the test jar): the connection service, the webhook
 * ingress, polls and the deliveries with a breaker pause short enough for a test. Every event the kit publishes
 * is also kept in {@link #published}.
 */
public final class KitForConnectorTests {

    /** Long enough to see the breaker open, short enough to wait for it to close again. */
    public static final Duration BREAKER_PAUSE = Duration.ofSeconds(2);

    public final ConnectionService connections;
    public final ConnectorDeliveries deliveries;
    public final AuditLog audit;
    /** What the kit published on the event bus (webhooks, polls), oldest first. */
    public final List<PlatformEvent> published = new CopyOnWriteArrayList<>();
    private final ConnectorRegistry registry = new ConnectorRegistry();
    private final WebhookIngress ingress;
    private final Connections kit;
    private final PollingScheduler polling;

    /** A kit whose events start nothing; they are only kept in {@link #published}. */
    public KitForConnectorTests(PlatformTestDatabase database) throws IOException {
        this(database, new JdbcAuditLog(database.transactions()), (publisher, event) -> new EventReceipt(event.id(),
                false, List.of(), 0), BREAKER_PAUSE);
    }

    /** A kit publishing on the engine's bus and writing to its audit trail. */
    public static KitForConnectorTests withEngine(EngineFixture engine) throws IOException {
        return new KitForConnectorTests(engine.database, engine.audit, engine.events, BREAKER_PAUSE);
    }

    public KitForConnectorTests(PlatformTestDatabase database, AuditLog audit, EventBus bus, Duration breakerPause)
            throws IOException {
        EventBus recording = (publisher, event) -> {
            published.add(event);
            return bus.publish(publisher, event);
        };
        this.audit = audit;
        // The vendors' peers in tests run on this machine, which the operator's default would refuse.
        var kit = new Connections(database.transactions(), new AesGcmSecretCipher(Files.createTempDirectory(
                "connector-keys")), registry, audit, AddressGuard.ANY, new OAuthTokens(Duration.ofSeconds(5)),
                Clock.systemUTC());
        this.connections = new DefaultConnectionService(kit, audit);
        this.deliveries = new DefaultConnectorDeliveries(kit, breakerPause, Clock.systemUTC());
        this.ingress = new WebhookIngress(kit, recording, audit);
        this.kit = kit;
        this.polling = new PollingScheduler(kit, recording, Clock.systemUTC());
    }

    /** An administrator of the organisation, with every permission, as connects and disconnects. */
    public static Caller admin(TenantId organization) {
        return new Caller(organization, UUID.randomUUID(), "admin", Set.of("Admin"), Permission.all(),
                Caller.Kind.USER, "test");
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

    /** The organisation's audit events of one action, newest first, each as its outcome and its details' JSON. */
    public static List<String> audited(PlatformTestDatabase database, TenantId tenant, String action)
            throws SQLException {
        var found = new ArrayList<String>();
        try (var owner = database.owner(); PreparedStatement query = owner.prepareStatement(
                "SELECT outcome || ' ' || coalesce(details::text, '') FROM platina.audit_event WHERE tenant_id = ?"
                        + " AND action = ? ORDER BY seq DESC")) {
            query.setObject(1, tenant.value());
            query.setString(2, action);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    /**
     * The organisation's one stored connection as the database holds it, every column's bytes in one string, so a
     * test can check that no secret is readable there; fails when there is no connection.
     */
    public static String storedConnection(PlatformTestDatabase database, TenantId organization)
            throws SQLException {
        try (var owner = database.owner(); PreparedStatement query = owner.prepareStatement(
                "SELECT * FROM platina.integration_connection WHERE tenant_id = ?")) {
            query.setObject(1, organization.value());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError(organization + " has no stored connection");
                }
                var row = new StringBuilder();
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    byte[] bytes = rows.getBytes(column);
                    row.append(bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1));
                }
                return row.toString();
            }
        }
    }

    /** Waits up to a minute for what the engine or the kit does in the background. */
    public static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Timed out waiting");
            }
            Thread.sleep(100);
        }
    }
}
