package dev.platina.integration.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.Connector;
import dev.platina.integration.api.PollingSource;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.security.internal.AesGcmSecretCipher;
import dev.platina.workflow.api.EventBus;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The kit wired as {@link KitForConnectorTests} wires it, plus the kit's own poller: {@link #poll} makes one poll of
 * a source for an organisation exactly as the scheduler does when it is due (cursor read, events published once by
 * id, cursor stored after), without waiting for the schedule. It lives in the kit's package because the poller's
 * wiring is internal; {@code KitForConnectorTests} has no polling yet.
 */
public final class PollingKitForTests {

    public final ConnectionService connections;
    private final ConnectorRegistry registry = new ConnectorRegistry();
    private final Connections kit;
    private final PollingScheduler poller;

    public PollingKitForTests(PlatformTestDatabase database, AuditLog audit, EventBus bus) throws IOException {
        this.kit = new Connections(database.transactions(), new AesGcmSecretCipher(Files.createTempDirectory(
                "connector-keys")), registry, new OAuthTokens(Duration.ofSeconds(5)), Clock.systemUTC());
        this.connections = new DefaultConnectionService(kit, audit);
        this.poller = new PollingScheduler(kit, bus, Clock.systemUTC());
    }

    public PollingKitForTests register(Connector connector) {
        registry.register(connector);
        return this;
    }

    /** One poll of {@code source} for the organisation's connection; false when it failed (recorded on it). */
    public boolean poll(PollingSource source, TenantId organization) {
        ConnectionRow row = kit.transactions().inTenant(organization, c -> ConnectionStore.byConnector(c,
                source.connectorId())).orElseThrow(() -> new IllegalStateException("not connected"));
        return poller.pollOnce(source, row);
    }

    /** The cursor the kit stored for the organisation's connection and stream. */
    public Optional<String> cursor(TenantId organization, String connector, String stream) {
        ConnectionRow row = kit.transactions().inTenant(organization, c -> ConnectionStore.byConnector(c,
                connector)).orElseThrow();
        return new PollCursors(kit.transactions()).get(organization, row.id(), stream);
    }
}
