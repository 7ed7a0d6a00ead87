package dev.platina.persistence.postgres.internal;

import com.zaxxer.hikari.HikariDataSource;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real embedded PostgreSQL for a module's test run, migrated like production, stopped when the JUnit run
 * ends (the root context store closes it), never only by a JVM shutdown hook. Other modules use it through the
 * test jar of this module.
 */
public final class PlatformTestDatabase implements ExtensionContext.Store.CloseableResource {

    static final Path TARGET = Path.of("target");
    static final Path RUNTIME = TARGET.resolve("postgres-runtime");
    static final String APP_ROLE = "platina_app";

    final EmbeddedPostgres server;
    final DatabaseRuntime.Prepared prepared;
    final HikariDataSource appPool;

    private PlatformTestDatabase() throws Exception {
        Path directory = TARGET.resolve("test-postgres").toAbsolutePath();
        PostgresBinaries.deleteRecursively(directory);
        server = EmbeddedPostgres.start(directory, RUNTIME.toAbsolutePath(), 0);
        var settings = new DatabaseSettings(Optional.empty(), "", "", APP_ROLE, Optional.empty(), 0, directory, 4);
        prepared = DatabaseRuntime.prepare(settings, server, productionMigrations());
        appPool = Connections.pool(prepared.url(), APP_ROLE, prepared.appPassword(), 4);
    }

    /** The shared database, started on first use. */
    public static PlatformTestDatabase get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PlatformTestDatabase.class, key -> {
                    try {
                        return new PlatformTestDatabase();
                    } catch (Exception e) {
                        throw new IllegalStateException("Could not start the test database", e);
                    }
                }, PlatformTestDatabase.class);
    }

    /** Tenant transactions over the application role, as production code gets them. */
    public TenantTransactions transactions() {
        return new PostgresTenantTransactions(appPool);
    }

    /** The application role's pool. */
    public DataSource applicationDataSource() {
        return appPool;
    }

    /** A connection as the database owner (a superuser: not bound by row-level security), for test set-up. */
    public Connection owner() throws SQLException {
        try {
            return Connections.open(prepared.url(), EmbeddedPostgres.SUPERUSER, server.superuserPassword());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new platform organisation and a tenant below it, written as the database owner; returns the tenant. */
    public TenantId newTenant() throws SQLException {
        UUID platform = UUID.randomUUID();
        UUID tenant = UUID.randomUUID();
        try (Connection owner = owner(); PreparedStatement insert = owner.prepareStatement(
                "INSERT INTO platina.organization (id, parent_id, slug, name, kind) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, platform);
            insert.setObject(2, null);
            insert.setString(3, "p-" + platform.toString().substring(0, 8));
            insert.setString(4, "Platform for a test");
            insert.setString(5, "PLATFORM");
            insert.executeUpdate();
            insert.setObject(1, tenant);
            insert.setObject(2, platform);
            insert.setString(3, "t-" + tenant.toString().substring(0, 8));
            insert.setString(4, "Tenant for a test");
            insert.setString(5, "TENANT");
            insert.executeUpdate();
        }
        return new TenantId(tenant);
    }

    /** The migrations of the persistence bundle, read from its classes directory or its jar. */
    static List<Migration> productionMigrations() throws IOException {
        Path location;
        try {
            location = Path.of(EmbeddedPostgres.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        var migrations = new ArrayList<Migration>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(BundleMigrations.FOLDER))) {
                for (Path file : files.sorted().toList()) {
                    migrations.add(Migration.fromFile(file.getFileName().toString(),
                            Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
            return migrations;
        }
        try (ZipFile jar = new ZipFile(location.toFile())) {
            Enumeration<? extends ZipEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(BundleMigrations.FOLDER + "/") && name.endsWith(".sql")) {
                    migrations.add(Migration.fromFile(name.substring(name.lastIndexOf('/') + 1),
                            new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return migrations;
    }

    @Override
    public void close() throws Throwable {
        appPool.close();
        server.close();
    }
}
