package dev.platina.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One unpacked and started distribution shared by the API test classes of a run (each Karaf start costs ~10 s);
 * stopped gracefully when the JUnit run ends. Tests isolate themselves by creating their own organisations.
 */
final class RunningPlatform implements ExtensionContext.Store.CloseableResource {

    static final String OPERATOR_PASSWORD = "operator passphrase for tests " + UUID.randomUUID();

    final Path home;
    final Path console;
    final KarafProcess karaf;
    final Api api;
    final int port;
    private final String operatorToken;

    private RunningPlatform() throws Exception {
        Path target = Path.of("target", "platform-" + System.currentTimeMillis()).toAbsolutePath();
        Files.createDirectories(target);
        Process tar = new ProcessBuilder("tar", "-xzf", System.getProperty("platina.distribution"), "-C",
                target.toString()).inheritIO().start();
        if (tar.waitFor() != 0) {
            throw new IllegalStateException("tar failed");
        }
        home = target.resolve("platina-" + System.getProperty("platina.version"));
        addFixtureRepository(home);
        allowLocalPeers(home);
        console = target.resolve("console.log");
        port = FreePort.find();
        karaf = KarafProcess.start(home, port, console, Map.of("PLATINA_ADMIN_PASSWORD", OPERATOR_PASSWORD));
        try {
            karaf.awaitHealthy(Duration.ofSeconds(240));
            api = new Api(port);
            operatorToken = api.login("platform", "admin", OPERATOR_PASSWORD);
        } catch (Exception | AssertionError e) {
            // Never stored, so never closed by JUnit: stop it here or it outlives the test run.
            karaf.destroy();
            throw e;
        }
    }

    /**
     * Besides the built-in repository, the platform reads the test fixtures (an older release, a tampered, an
     * untrusted and a broken package), as an operator would add a second repository.
     */
    private static void addFixtureRepository(Path home) throws IOException {
        String fixtures = System.getProperty("platina.fixtures");
        if (fixtures != null) {
            Files.writeString(home.resolve("etc/dev.platina.marketplace.cfg"), "repositories = "
                    + home.resolve("marketplace").toUri() + "," + Path.of(fixtures).toAbsolutePath().toUri() + "\n");
        }
    }

    /**
     * The vendors' stand-ins (Stripe, HubSpot, Radicale, GreenMail ...) and the MCP test server run on this machine,
     * which connections and MCP servers may reach only when the operator allows private addresses; that the itests
     * using them work shows the settings are read (by default such an address is refused before it is called).
     */
    private static void allowLocalPeers(Path home) throws IOException {
        Files.writeString(home.resolve("etc/dev.platina.integration.cfg"), "allowPrivateAddresses = true\n");
        Files.writeString(home.resolve("etc/dev.platina.ai.mcp.cfg"), "allowPrivateAddresses = true\n");
    }

    static RunningPlatform get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningPlatform.class, key -> {
                    try {
                        return new RunningPlatform();
                    } catch (Exception e) {
                        throw new IllegalStateException("Could not start the platform", e);
                    }
                }, RunningPlatform.class);
    }

    /** The public origin (UI and API) as a browser on this machine reaches it, e.g. http://127.0.0.1:41234. */
    String origin() {
        return "http://127.0.0.1:" + port;
    }

    String operatorToken() {
        return operatorToken;
    }

    /** A new tenant with a unique slug, its Admin signed in, and one signed-in user per other built-in role. */
    Tenant newTenant(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String adminPassword = "admin of " + slug + " passphrase";
        Api.Reply created = api.post("/v1/organizations", operatorToken, Map.of("slug", slug, "name", prefix,
                "kind", "tenant", "admin", Map.of("username", "chief", "password", adminPassword, "email",
                        "chief@" + slug + ".test")));
        if (created.status() != 201) {
            throw new AssertionError("Could not create tenant " + slug + ": " + created);
        }
        String adminToken = api.login(slug, "chief", adminPassword);
        var tenant = new Tenant(slug, created.text("id"), adminToken);
        for (String role : List.of("Manager", "User", "Viewer")) {
            String username = role.toLowerCase();
            String password = "secret words " + UUID.randomUUID();
            Api.Reply user = api.post("/v1/users", adminToken, Map.of("username", username, "password", password,
                    "roles", List.of(role)));
            if (user.status() != 201) {
                throw new AssertionError("Could not create " + role + ": " + user);
            }
            tenant.userIds.put(role, user.text("id"));
            tenant.passwords.put(role, password);
            tenant.tokens.put(role, api.login(slug, username, password));
        }
        tenant.tokens.put("Admin", adminToken);
        tenant.passwords.put("Admin", adminPassword);
        tenant.userIds.put("Admin", api.get("/v1/auth/me", adminToken).text("id"));
        return tenant;
    }

    /** Installs a skill as the operator and waits for the end; returns the finished installation. */
    com.fasterxml.jackson.databind.JsonNode install(String skillId, String version) {
        Api.Reply started = api.post("/v1/marketplace/installations", operatorToken,
                Map.of("skillId", skillId, "version", version));
        if (started.status() != 202 || started.header("Location").isEmpty()) {
            throw new AssertionError("Installing " + skillId + " " + version + " did not start: " + started);
        }
        return awaitInstallation(started.body().path("id").asText());
    }

    com.fasterxml.jackson.databind.JsonNode awaitInstallation(String installationId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            var state = api.get("/v1/marketplace/installations/" + installationId, operatorToken).body();
            if (state.path("state").asText().matches("INSTALLED|FAILED")) {
                return state;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
        }
        throw new AssertionError("Installation " + installationId + " did not finish in 90 s");
    }

    /** Removes a skill if it is installed, whoever uses it; tests sharing this platform start from a clean one. */
    void uninstallIfPresent(String skillId) {
        int status = api.delete("/v1/marketplace/skills/" + skillId + "?force=true", operatorToken).status();
        if (status != 204 && status != 404) {
            throw new AssertionError("Could not remove " + skillId + ": HTTP " + status);
        }
    }

    /** The embedded database as its owner (superuser, not bound by row-level security), for tampering tests. */
    Connection ownerConnection() throws IOException, SQLException {
        List<String> pid = Files.readAllLines(home.resolve("data/postgres/data/postmaster.pid"));
        var properties = new Properties();
        properties.setProperty("user", "platina_admin");
        properties.setProperty("password", Files.readString(home.resolve("data/postgres/superuser.password")).trim());
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).trim() + "/platina",
                properties);
    }

    /** Everything the server has logged so far: its log file and its console. */
    String logs() throws IOException {
        var text = new StringBuilder();
        try (var files = Files.list(home.resolve("data/log"))) {
            for (Path file : files.toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        text.append(Files.readString(console, StandardCharsets.UTF_8));
        return text.toString();
    }

    @Override
    public void close() throws Exception {
        karaf.stopGracefully(Duration.ofSeconds(60));
    }

    /** A test organisation: slug, id, and per built-in role a user id, password and token. */
    static final class Tenant {
        final String slug;
        final String id;
        final Map<String, String> userIds = new java.util.HashMap<>();
        final Map<String, String> passwords = new java.util.HashMap<>();
        final Map<String, String> tokens = new java.util.HashMap<>();

        Tenant(String slug, String id, String adminToken) {
            this.slug = slug;
            this.id = id;
            tokens.put("Admin", adminToken);
        }

        String token(String role) {
            return tokens.get(role);
        }
    }

    /** Injects the shared platform into test classes. */
    static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == RunningPlatform.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return get(context);
        }
    }
}
