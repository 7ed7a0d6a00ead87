package dev.platina.persistence.postgres.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies pending migrations in version order, each in its own transaction (PostgreSQL DDL is transactional, so
 * a failed migration leaves nothing half done). A session advisory lock serialises nodes starting at once.
 * Placeholders {@code ${name}} in the SQL are replaced before it runs; checksums cover the file as written, so
 * an applied migration that was edited afterwards stops the start instead of drifting silently.
 */
final class MigrationRunner {

    static final String SCHEMA = "platina";

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);
    private static final long LOCK_KEY = 0x706c6174696e61L; // "platina"

    private final List<Migration> migrations;

    MigrationRunner(List<Migration> migrations) {
        this.migrations = migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
        var versions = new HashSet<Integer>();
        for (Migration migration : this.migrations) {
            if (!versions.add(migration.version())) {
                throw new IllegalArgumentException("Two migrations have version " + migration.version());
            }
        }
    }

    MigrationReport apply(Connection owner, Map<String, String> placeholders) throws SQLException {
        owner.setAutoCommit(true);
        try (Statement statement = owner.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
        }
        try {
            createHistoryTable(owner);
            Map<Integer, String> applied = appliedChecksums(owner);
            int previous = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            int latestKnown = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
            verifyHistory(applied, previous, latestKnown);
            int count = 0;
            int current = previous;
            for (Migration migration : migrations) {
                if (!applied.containsKey(migration.version())) {
                    run(owner, migration, placeholders);
                    count++;
                    current = Math.max(current, migration.version());
                }
            }
            return new MigrationReport(previous, current, count, latestKnown);
        } finally {
            try (Statement statement = owner.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
            }
        }
    }

    private void verifyHistory(Map<Integer, String> applied, int previous, int latestKnown) {
        if (previous > latestKnown) {
            throw new IllegalStateException("The database schema is at version " + previous
                    + ", newer than this Platina build knows (" + latestKnown + "). Start the newer Platina version"
                    + " or restore a backup taken before the upgrade.");
        }
        var known = new HashMap<Integer, Migration>();
        migrations.forEach(m -> known.put(m.version(), m));
        applied.forEach((version, checksum) -> {
            Migration migration = known.get(version);
            if (migration == null) {
                throw new IllegalStateException("The database has migration " + version
                        + " applied, which this Platina build does not contain.");
            }
            if (!migration.checksum().equals(checksum)) {
                throw new IllegalStateException("Migration " + version + " (" + migration.description()
                        + ") was changed after it was applied to this database. Restore the original file;"
                        + " schema changes belong in a new migration.");
            }
        });
    }

    private static void createHistoryTable(Connection owner) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            statement.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".schema_migration ("
                    + " version integer PRIMARY KEY, description text NOT NULL, checksum text NOT NULL,"
                    + " applied_at timestamptz NOT NULL DEFAULT now(), duration_ms integer NOT NULL)");
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection owner) throws SQLException {
        var result = new HashMap<Integer, String>();
        try (Statement statement = owner.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, checksum FROM " + SCHEMA
                        + ".schema_migration")) {
            while (rows.next()) {
                result.put(rows.getInt(1), rows.getString(2));
            }
        }
        return result;
    }

    private static void run(Connection owner, Migration migration, Map<String, String> placeholders)
            throws SQLException {
        long started = System.nanoTime();
        owner.setAutoCommit(false);
        try {
            try (Statement statement = owner.createStatement()) {
                statement.execute(substitute(migration.sql(), placeholders));
            }
            try (PreparedStatement insert = owner.prepareStatement("INSERT INTO " + SCHEMA
                    + ".schema_migration (version, description, checksum, duration_ms) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                insert.setString(3, migration.checksum());
                insert.setInt(4, (int) ((System.nanoTime() - started) / 1_000_000));
                insert.executeUpdate();
            }
            owner.commit();
            LOG.info("Applied migration {} ({}) in {} ms", migration.version(), migration.description(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            owner.rollback();
            throw new SQLException("Migration " + migration.version() + " (" + migration.description()
                    + ") failed and was rolled back: " + e.getMessage(), e);
        } finally {
            owner.setAutoCommit(true);
        }
    }

    static String substitute(String sql, Map<String, String> placeholders) {
        String result = sql;
        for (var entry : placeholders.entrySet()) {
            result = result.replace("${" + entry.getKey() + "}", entry.getValue());
        }
        if (result.contains("${")) {
            int start = result.indexOf("${");
            throw new IllegalArgumentException("Unknown placeholder " + result.substring(start,
                    Math.min(result.length(), result.indexOf('}', start) + 1)) + " in migration");
        }
        return result;
    }
}
