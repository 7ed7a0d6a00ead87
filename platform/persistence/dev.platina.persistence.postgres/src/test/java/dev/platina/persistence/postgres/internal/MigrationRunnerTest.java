package dev.platina.persistence.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class MigrationRunnerTest {

    private static final Migration CREATE = Migration.fromFile("V1__create_note.sql",
            "CREATE TABLE platina.note (id int PRIMARY KEY, body text); GRANT SELECT ON platina.note TO ${reader};");
    private static final Migration ADD_COLUMN = Migration.fromFile("V2__add_author.sql",
            "ALTER TABLE platina.note ADD COLUMN author text;");
    private static final Map<String, String> PLACEHOLDERS = Map.of("reader", "PUBLIC");

    private final PlatformTestDatabase database;
    private final String name = "migration_test_" + System.nanoTime();
    private Connection owner;

    MigrationRunnerTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void createDatabase() throws Exception {
        try (Connection admin = database.owner(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        owner = Connections.open(database.server.jdbcUrl(name), EmbeddedPostgres.SUPERUSER,
                database.server.superuserPassword());
    }

    @AfterEach
    void dropDatabase() throws Exception {
        owner.close();
        try (Connection admin = database.owner(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE " + name);
        }
    }

    @Test
    void appliesPendingMigrationsInOrderAndOnlyOnce() throws SQLException {
        var first = new MigrationRunner(List.of(ADD_COLUMN, CREATE)).apply(owner, PLACEHOLDERS);
        var second = new MigrationRunner(List.of(CREATE, ADD_COLUMN)).apply(owner, PLACEHOLDERS);

        assertThat(first).isEqualTo(new MigrationReport(0, 2, 2, 2));
        assertThat(second).isEqualTo(new MigrationReport(2, 2, 0, 2));
        assertThat(TenantIsolationTest.count(owner, "SELECT count(*) FROM platina.schema_migration")).isEqualTo(2);
    }

    @Test
    void refusesToStartWhenAnAppliedMigrationWasEdited() throws SQLException {
        new MigrationRunner(List.of(CREATE)).apply(owner, PLACEHOLDERS);
        var edited = Migration.fromFile("V1__create_note.sql", CREATE.sql() + " -- edited");

        assertThatThrownBy(() -> new MigrationRunner(List.of(edited)).apply(owner, PLACEHOLDERS))
                .hasMessageContaining("was changed after it was applied");
    }

    @Test
    void refusesToStartOnADatabaseNewerThanTheBuild() throws SQLException {
        new MigrationRunner(List.of(CREATE, ADD_COLUMN)).apply(owner, PLACEHOLDERS);

        assertThatThrownBy(() -> new MigrationRunner(List.of(CREATE)).apply(owner, PLACEHOLDERS))
                .hasMessageContaining("newer than this Platina build");
    }

    @Test
    void failedMigrationLeavesNothingBehind() throws SQLException {
        var broken = Migration.fromFile("V2__broken.sql",
                "CREATE TABLE platina.half_done (id int); SELECT no_such_function();");

        assertThatThrownBy(() -> new MigrationRunner(List.of(CREATE, broken)).apply(owner, PLACEHOLDERS))
                .hasMessageContaining("Migration 2 (broken) failed and was rolled back");

        assertThat(TenantIsolationTest.count(owner,
                "SELECT count(*) FROM pg_tables WHERE tablename = 'half_done'")).isZero();
        assertThat(TenantIsolationTest.count(owner, "SELECT max(version) FROM platina.schema_migration")).isEqualTo(1);
    }

    @Test
    void unknownPlaceholderIsAnError() {
        assertThatThrownBy(() -> MigrationRunner.substitute("GRANT SELECT ON t TO ${nobody}", Map.of()))
                .hasMessageContaining("${nobody}");
    }

    @Test
    void fileNamesMustCarryAVersion() {
        assertThatThrownBy(() -> Migration.fromFile("create_note.sql", "SELECT 1"))
                .hasMessageContaining("V<number>__<words>.sql");
    }
}
