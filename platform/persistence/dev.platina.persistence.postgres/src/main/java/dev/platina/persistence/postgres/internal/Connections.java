package dev.platina.persistence.postgres.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/** Connections to the platform database, built from the driver's DataSource so no DriverManager is involved. */
final class Connections {

    private Connections() {
    }

    static PGSimpleDataSource direct(String url, String user, String password) throws SQLException {
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setApplicationName("platina");
        // Strings bound as parameters are typed by the server, so a uuid column compares with a string id.
        dataSource.setProperty("stringtype", "unspecified");
        dataSource.setCurrentSchema(MigrationRunner.SCHEMA);
        return dataSource;
    }

    static Connection open(String url, String user, String password) throws SQLException {
        return direct(url, user, password).getConnection();
    }

    static HikariDataSource pool(String url, String user, String password, int maxPoolSize) throws SQLException {
        var config = new HikariConfig();
        config.setPoolName("platina");
        config.setDataSource(direct(url, user, password));
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(Math.min(2, maxPoolSize));
        config.setConnectionTimeout(10_000);
        config.setValidationTimeout(2_000);
        config.setIdleTimeout(300_000);
        config.setMaxLifetime(1_800_000);
        return new HikariDataSource(config);
    }
}
