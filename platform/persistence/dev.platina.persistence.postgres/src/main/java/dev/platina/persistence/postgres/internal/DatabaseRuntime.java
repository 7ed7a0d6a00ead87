package dev.platina.persistence.postgres.internal;

import com.zaxxer.hikari.HikariDataSource;
import dev.platina.health.api.HealthCheck;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the platform database up: starts the embedded PostgreSQL (or checks the external one), provisions the
 * application role, applies migrations, verifies that tenant isolation holds, and only then publishes the
 * application {@link DataSource}. Persistence units and tenant transactions wait for that service, so nothing
 * touches a schema that is not migrated yet.
 */
@Component(immediate = true, service = {}, configurationPid = DatabaseConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DatabaseConfiguration.class)
public final class DatabaseRuntime {

    static final String DATA_SOURCE_NAME_PROPERTY = "osgi.jndi.service.name";
    static final String DATA_SOURCE_NAME = "platina";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRuntime.class);

    private final EmbeddedPostgres embedded;
    private final HikariDataSource pool;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Activate
    public DatabaseRuntime(BundleContext context, DatabaseConfiguration configuration) throws Exception {
        long started = System.nanoTime();
        DatabaseSettings settings = DatabaseSettings.resolve(configuration, System.getenv(),
                Path.of(System.getProperty("karaf.data", "data")));
        EmbeddedPostgres server = settings.embedded() ? EmbeddedPostgres.start(settings.embeddedDirectory(),
                settings.embeddedPort()) : null;
        try {
            var prepared = prepare(settings, server, BundleMigrations.of(context.getBundle()));
            this.pool = Connections.pool(prepared.url(), settings.appUser(), prepared.appPassword(),
                    settings.maxPoolSize());
            this.embedded = server;
            registrations.add(context.registerService(DataSource.class, pool, dataSourceProperties()));
            registrations.add(context.registerService(HealthCheck.class,
                    new DatabaseHealthCheck(pool, prepared.location()), check("database")));
            registrations.add(context.registerService(HealthCheck.class,
                    new MigrationsHealthCheck(prepared.migrations()), check("migrations")));
            LOG.info("Platform database ready in {} ms: {}, schema version {}",
                    (System.nanoTime() - started) / 1_000_000, prepared.location(),
                    prepared.migrations().currentVersion());
        } catch (Exception e) {
            if (server != null) {
                server.close();
            }
            throw e;
        }
    }

    @Deactivate
    void deactivate() throws Exception {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    record Prepared(String url, String appPassword, MigrationReport migrations, String location) {
    }

    /** Everything done as the owner: database, role, migrations, isolation checks. */
    static Prepared prepare(DatabaseSettings settings, EmbeddedPostgres server, List<Migration> migrations)
            throws Exception {
        String url;
        String ownerUser;
        String ownerPassword;
        String location;
        if (server != null) {
            ownerUser = EmbeddedPostgres.SUPERUSER;
            ownerPassword = server.superuserPassword();
            createDatabaseIfMissing(server.jdbcUrl("postgres"), ownerUser, ownerPassword);
            url = server.jdbcUrl(DatabaseSettings.DATABASE_NAME);
            location = "embedded PostgreSQL on 127.0.0.1:" + server.port();
        } else {
            url = settings.externalUrl().orElseThrow();
            ownerUser = settings.ownerUser();
            ownerPassword = settings.ownerPassword();
            location = "external PostgreSQL at " + DatabaseSettings.redact(url);
        }
        try (Connection owner = Connections.open(url, ownerUser, ownerPassword)) {
            String appPassword = settings.appPassword().isPresent()
                    ? settings.appPassword().get()
                    : ApplicationRole.provision(owner, settings.appUser());
            MigrationReport report = new MigrationRunner(migrations).apply(owner,
                    Map.of("app_role", ApplicationRole.quoteIdentifier(settings.appUser())));
            var problems = new ArrayList<>(ApplicationRole.isolationViolations(owner, settings.appUser()));
            ApplicationRole.unguardedTenantTables(owner)
                    .forEach(table -> problems.add(table + " has a tenant_id column but no forced row-level security"));
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Tenant isolation would not hold, so the database stays closed: "
                        + String.join("; ", problems));
            }
            return new Prepared(url, appPassword, report, location);
        }
    }

    private static void createDatabaseIfMissing(String maintenanceUrl, String user, String password)
            throws SQLException {
        try (Connection connection = Connections.open(maintenanceUrl, user, password);
                PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, DatabaseSettings.DATABASE_NAME);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DatabaseSettings.DATABASE_NAME + " ENCODING 'UTF8'");
            }
        }
    }

    private static Dictionary<String, Object> dataSourceProperties() {
        var properties = new Hashtable<String, Object>();
        properties.put(DATA_SOURCE_NAME_PROPERTY, DATA_SOURCE_NAME);
        properties.put("dataSourceName", DATA_SOURCE_NAME);
        return properties;
    }

    private static Dictionary<String, Object> check(String name) {
        var properties = new Hashtable<String, Object>();
        properties.put(HealthCheck.NAME_PROPERTY, name);
        return properties;
    }
}
