package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Black-box tests of the built tar.gz: unpacked and started with {@code bin/karaf server} exactly as the README
 * tells an operator, and observed only from outside (HTTP, the database's files and processes).
 */
class DistributionIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private static Path home;
    private static Path console;
    private KarafProcess karaf;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("platina.distribution"));
        Path target = Path.of("target", "blackbox-" + System.currentTimeMillis()).toAbsolutePath();
        Files.createDirectories(target);
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", target.toString())
                .inheritIO().start();
        assertThat(tar.waitFor()).as("tar exit code").isZero();
        try (var entries = Files.list(target)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(home.getFileName().toString()).isEqualTo("platina-" + System.getProperty("platina.version"));
        console = target.resolve("console.log");
    }

    @AfterEach
    void cleanUp() {
        if (karaf != null) {
            karaf.destroy();
        }
    }

    @Test
    void dataSurvivesRestartsAndAKilledJvmWithoutOrphanedDatabases() throws Exception {
        int port = FreePort.find();
        karaf = KarafProcess.start(home, port, console);
        Duration firstStart = karaf.awaitHealthy(START_TIMEOUT);
        String marker = "written-before-restart-" + UUID.randomUUID();
        writeMarker(marker);
        long firstPostmaster = postmasterPid().orElseThrow();

        karaf.stopGracefully(STOP_TIMEOUT);
        assertThat(ProcessHandle.of(firstPostmaster).map(ProcessHandle::isAlive).orElse(false))
                .as("embedded PostgreSQL still running after a graceful stop").isFalse();
        assertThat(postmasterPid()).as("postmaster.pid left behind").isEmpty();

        karaf = KarafProcess.start(home, port, console);
        Duration restart = karaf.awaitHealthy(START_TIMEOUT);
        assertThat(readMarkers()).contains(marker);
        long secondPostmaster = postmasterPid().orElseThrow();

        karaf.kill();
        assertThat(ProcessHandle.of(secondPostmaster).map(ProcessHandle::isAlive).orElse(false))
                .as("a killed JVM cannot stop its database, so it is still running").isTrue();

        karaf = KarafProcess.start(home, port, console);
        karaf.awaitHealthy(START_TIMEOUT);
        assertThat(readMarkers()).contains(marker);
        assertThat(ProcessHandle.of(secondPostmaster).map(ProcessHandle::isAlive).orElse(false))
                .as("the orphaned database of the killed JVM was stopped").isFalse();
        long thirdPostmaster = postmasterPid().orElseThrow();

        karaf.stopGracefully(STOP_TIMEOUT);
        karaf = null;
        assertThat(ProcessHandle.of(thirdPostmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        System.out.printf("first start to UP %d ms, restart to UP %d ms%n", firstStart.toMillis(), restart.toMillis());
    }

    @Test
    void apiAnswersOnLoopbackOnlyWithProblemJsonAndRequestIds() throws Exception {
        int port = FreePort.find();
        karaf = KarafProcess.start(home, port, console);
        karaf.awaitHealthy(START_TIMEOUT);

        HttpResponse<String> health = karaf.get("/api/health");
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"database\"", "\"migrations\"", "\"bundles\"",
                "\"version\":\"" + System.getProperty("platina.version") + "\"");

        HttpResponse<String> missing = karaf.send(HttpRequest.newBuilder(karaf.uri("/api/v1/nothing-here"))
                .header("X-Request-Id", "support-case-12345").GET().build());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(missing.headers().firstValue("X-Request-Id")).contains("support-case-12345");
        assertThat(missing.body()).contains("\"type\":\"https://platina.dev/problems/not-found\"",
                "\"status\":404", "\"requestId\":\"support-case-12345\"").doesNotContain("Exception", "at org.");
        assertThat(Files.readString(home.resolve("data/log/platina.log")))
                .as("the request id in the server log").contains("| support-case-12345 |");

        HttpResponse<String> openApi = karaf.get("/api/openapi.json");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("\"openapi\":\"3.0.3\"", "\"/api/health\"", "\"/api/openapi.json\"");

        List<String> listening = ListeningSockets.of(karaf.jvm().pid());
        assertThat(listening).as("sockets of the Platina JVM").isNotEmpty()
                .allSatisfy(address -> assertThat(address).matches("(127\\.0\\.0\\.1|\\[::1]|\\[::ffff:127\\.0\\.0\\.1]):\\d+"));
        List<String> database = ListeningSockets.of(postmasterPid().orElseThrow());
        assertThat(database).singleElement().asString().startsWith("127.0.0.1:");
        assertThat(listening).noneMatch(a -> a.endsWith(":8101")).noneMatch(a -> a.endsWith(":1099"));

        karaf.stopGracefully(STOP_TIMEOUT);
        karaf = null;
    }

    @Test
    void shipsWithoutDefaultCredentials() throws IOException {
        String users = Files.readString(home.resolve("etc/users.properties"), StandardCharsets.UTF_8);
        assertThat(users.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("_g_")))
                .as("active console users").isEmpty();
        assertThat(Files.readString(home.resolve("etc/org.apache.karaf.features.cfg")))
                .doesNotContain("ssh/", "management/");
    }

    private Optional<Long> postmasterPid() throws IOException {
        Path pidFile = home.resolve("data/postgres/data/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
    }

    /** The embedded database as its owner sees it: port from postmaster.pid, password from the private file. */
    private Connection ownerConnection() throws IOException, SQLException {
        List<String> pid = Files.readAllLines(home.resolve("data/postgres/data/postmaster.pid"));
        var properties = new Properties();
        properties.setProperty("user", "platina_admin");
        properties.setProperty("password",
                Files.readString(home.resolve("data/postgres/superuser.password")).trim());
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).trim() + "/platina",
                properties);
    }

    private void writeMarker(String marker) throws Exception {
        try (Connection c = ownerConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO platina.tenant_setting (tenant_id, name, value) VALUES (?, 'marker', ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, marker);
            insert.executeUpdate();
        }
    }

    private List<String> readMarkers() throws Exception {
        try (Connection c = ownerConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT value FROM platina.tenant_setting WHERE name = 'marker'"); ResultSet rows = query.executeQuery()) {
            var values = new java.util.ArrayList<String>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
