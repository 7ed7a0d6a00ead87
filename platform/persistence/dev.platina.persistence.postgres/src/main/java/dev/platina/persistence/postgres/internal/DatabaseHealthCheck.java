package dev.platina.persistence.postgres.internal;

import com.zaxxer.hikari.HikariDataSource;
import dev.platina.health.api.HealthCheck;
import dev.platina.health.api.HealthResult;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;

/** Reports whether the application role can reach the database, and how busy its pool is. */
final class DatabaseHealthCheck implements HealthCheck {

    private final HikariDataSource pool;
    private final String location;

    DatabaseHealthCheck(HikariDataSource pool, String location) {
        this.pool = pool;
        this.location = location;
    }

    @Override
    public HealthResult check() {
        var details = new LinkedHashMap<String, Object>();
        details.put("location", location);
        long started = System.nanoTime();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet row = statement.executeQuery("SELECT current_setting('server_version')")) {
                row.next();
                details.put("serverVersion", row.getString(1));
            }
        } catch (SQLException e) {
            return HealthResult.down("The database does not answer: " + e.getMessage(), details);
        }
        details.put("latencyMs", (System.nanoTime() - started) / 1_000_000);
        var bean = pool.getHikariPoolMXBean();
        if (bean != null) {
            details.put("activeConnections", bean.getActiveConnections());
            details.put("idleConnections", bean.getIdleConnections());
            details.put("maxConnections", pool.getMaximumPoolSize());
        }
        return HealthResult.up(details);
    }
}
