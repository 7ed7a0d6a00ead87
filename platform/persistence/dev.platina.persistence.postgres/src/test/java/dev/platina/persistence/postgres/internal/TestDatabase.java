package dev.platina.persistence.postgres.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real embedded PostgreSQL for the test run, migrated like production, stopped when the JUnit run ends
 * (the root context store closes it), never only by a JVM shutdown hook.
 */
final class TestDatabase implements ExtensionContext.Store.CloseableResource {

    static final Path TARGET = Path.of("target");
    static final Path RUNTIME = TARGET.resolve("postgres-runtime");
    static final String APP_ROLE = "platina_app";

    final EmbeddedPostgres server;
    final DatabaseRuntime.Prepared prepared;
    final HikariDataSource appPool;

    private TestDatabase() throws Exception {
        Path directory = TARGET.resolve("test-postgres").toAbsolutePath();
        PostgresBinaries.deleteRecursively(directory);
        server = EmbeddedPostgres.start(directory, RUNTIME.toAbsolutePath(), 0);
        var settings = new DatabaseSettings(Optional.empty(), "", "", APP_ROLE, Optional.empty(), 0, directory, 4);
        prepared = DatabaseRuntime.prepare(settings, server, productionMigrations());
        appPool = Connections.pool(prepared.url(), APP_ROLE, prepared.appPassword(), 4);
    }

    /** The shared database, started on first use. */
    static TestDatabase get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestDatabase.class, key -> {
                    try {
                        return new TestDatabase();
                    } catch (Exception e) {
                        throw new IllegalStateException("Could not start the test database", e);
                    }
                }, TestDatabase.class);
    }

    java.sql.Connection owner() throws java.sql.SQLException {
        try {
            return Connections.open(prepared.url(), EmbeddedPostgres.SUPERUSER, server.superuserPassword());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Migration> productionMigrations() throws IOException {
        var migrations = new ArrayList<Migration>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", BundleMigrations.FOLDER))) {
            for (Path file : files.sorted().toList()) {
                migrations.add(Migration.fromFile(file.getFileName().toString(),
                        Files.readString(file, StandardCharsets.UTF_8)));
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
