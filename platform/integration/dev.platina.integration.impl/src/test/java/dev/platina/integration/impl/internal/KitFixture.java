package dev.platina.integration.impl.internal;

import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.security.internal.AesGcmSecretCipher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The kit wired by hand over the real test database, cipher and audit trail, with a clock tests can move. */
final class KitFixture {

    final PlatformTestDatabase database;
    final JdbcAuditLog audit;
    final ConnectorRegistry registry = new ConnectorRegistry();
    final MovableClock clock = new MovableClock(Instant.now());
    final Connections connections;
    final DefaultConnectionService service;

    KitFixture(PlatformTestDatabase database) throws IOException {
        this(database, AddressGuard.ANY);
    }

    /** With the operator's choice of addresses (the peers here are all on this machine). */
    KitFixture(PlatformTestDatabase database, AddressGuard addresses) throws IOException {
        this.database = database;
        this.audit = new JdbcAuditLog(database.transactions());
        Path keys = Files.createTempDirectory("kit-keys");
        this.connections = new Connections(database.transactions(), new AesGcmSecretCipher(keys), registry, audit,
                addresses, new OAuthTokens(Duration.ofSeconds(5)), clock);
        this.service = new DefaultConnectionService(connections, audit);
    }

    static Caller admin(TenantId tenant) {
        return new Caller(tenant, UUID.randomUUID(), "admin", Set.of("Admin"), Permission.all(), Caller.Kind.USER,
                "test");
    }

    static Caller withOnly(TenantId tenant, String... permissions) {
        return new Caller(tenant, UUID.randomUUID(), "someone", Set.of("User"), Set.of(permissions),
                Caller.Kind.USER, "test");
    }

    /** Audit details of an action in the organisation's trail, newest first. */
    List<String> audited(TenantId tenant, String action) throws Exception {
        return KitForConnectorTests.audited(database, tenant, action);
    }
}
