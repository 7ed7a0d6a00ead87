package dev.platina.persistence.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    private static final Path RUNTIME = PlatformTestDatabase.RUNTIME.toAbsolutePath();

    @TempDir
    Path directory;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (var server = EmbeddedPostgres.start(directory, RUNTIME, 0)) {
            execute(server, "CREATE TABLE public.kept (v text); INSERT INTO public.kept VALUES ('still here')");
        }
        try (var server = EmbeddedPostgres.start(directory, RUNTIME, 0)) {
            assertThat(TenantIsolationTest.count(open(server), "SELECT count(*) FROM public.kept")).isOne();
        }
    }

    @Test
    void serverLeftRunningByAKilledProcessIsStoppedAndTheDataKept() throws Exception {
        var crashed = EmbeddedPostgres.start(directory, RUNTIME, 0);
        try {
            execute(crashed, "CREATE TABLE public.survivor (v text); INSERT INTO public.survivor VALUES ('x')");
        } finally {
            crashed.abandon();
        }

        try (var server = EmbeddedPostgres.start(directory, RUNTIME, 0)) {
            assertThat(TenantIsolationTest.count(open(server), "SELECT count(*) FROM public.survivor")).isOne();
        }
        assertThat(Files.exists(directory.resolve("data/postmaster.pid"))).isFalse();
    }

    @Test
    void secondProcessOnTheSameDirectoryIsRefused() throws Exception {
        try (var server = EmbeddedPostgres.start(directory, RUNTIME, 0)) {
            assertThatThrownBy(() -> EmbeddedPostgres.start(directory, RUNTIME, 0))
                    .hasMessageContaining("in use by another Platina process");
        }
    }

    @Test
    void serverRequiresThePasswordAndKeepsItPrivate() throws Exception {
        try (var server = EmbeddedPostgres.start(directory, RUNTIME, 0)) {
            assertThatThrownBy(() -> Connections.open(server.jdbcUrl("postgres"), EmbeddedPostgres.SUPERUSER, "guess"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    directory.resolve("superuser.password")))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void stopLeavesNoServerRunning() throws Exception {
        var server = EmbeddedPostgres.start(directory, RUNTIME, 0);
        long pid = Long.parseLong(Files.readAllLines(directory.resolve("data/postmaster.pid")).get(0).trim());
        server.close();

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    private static Connection open(EmbeddedPostgres server) throws Exception {
        return Connections.open(server.jdbcUrl("postgres"), EmbeddedPostgres.SUPERUSER, server.superuserPassword());
    }

    private static void execute(EmbeddedPostgres server, String sql) throws Exception {
        try (Connection connection = open(server); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
