package dev.platina.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import dev.platina.health.api.HealthCheck;
import dev.platina.health.api.HealthResult;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Hashtable;
import java.util.Map;
import java.util.UUID;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import org.junit.Test;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceRegistration;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * Boots the real distribution (its tar.gz, its boot features, its embedded database) and checks the platform
 * from inside the container.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {

    private static final String KARAF_VERSION = "4.4.10";

    @Inject
    private TenantTransactions transactions;

    @Inject
    @Filter(value = "(" + HealthCheck.NAME_PROPERTY + "=migrations)", timeout = 120_000)
    private HealthCheck migrations;

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory sessionFactory;

    @Inject
    private dev.platina.identity.api.OrganizationService organizations;

    @Inject
    private dev.platina.workflow.api.WorkflowService workflows;

    @Inject
    private dev.platina.workflow.api.RunService runs;

    /** A resource contributed through the whiteboard, as a skill contributes one. */
    @Path("v1/probe")
    public static class ProbeResource {
        @GET
        @Produces("application/json")
        public Map<String, String> hello() {
            return Map.of("greeting", "hello from a skill");
        }
    }

    @Configuration
    public Option[] configuration() {
        String localRepository = System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository");
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(new File(System.getProperty("platina.distribution")).toURI().toString())
                    .name("Platina")
                    .karafVersion(KARAF_VERSION)
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            // Read by the JDK when it first opens a zip, so it must be a JVM option (see bin/setenv).
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
            // What bin/karaf passes on Java 9+, relative to the unpacked distribution Pax Exam starts in.
            vmOption("--add-reads=java.xml=java.logging"),
            vmOption("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"),
            vmOption("--patch-module"),
            vmOption("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + KARAF_VERSION + ".jar"),
            vmOption("--patch-module"),
            vmOption("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + KARAF_VERSION + ".jar"),
            vmOption("--add-opens"), vmOption("java.base/java.security=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.base/java.net=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.base/java.lang=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.base/java.util=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.naming/javax.naming.spi=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED"),
            vmOption("-classpath"),
            vmOption("lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*"),
            // Pax Exam's own services may take longer than its 10 s default on a busy two-core machine.
            systemProperty("pax.exam.service.timeout").value("120000"),
            // Chosen here, in the test JVM; the probe reads it back from the container's system properties.
            systemProperty("platina.http.port").value(Integer.toString(FreePort.find())),
            systemProperty("platina.http.host").value("127.0.0.1"),
            systemProperty("platina.api.port").value(Integer.toString(FreePort.find())),
            // The built-in repository (relative to the installation) plus the test fixtures: an older release.
            editConfigurationFilePut("etc/dev.platina.marketplace.cfg", "repositories", "marketplace, "
                    + new File(System.getProperty("platina.fixtures")).toURI()),
            // The probe and Pax Exam's own bundles come from the build's local repository.
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    localRepository),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultRepositories",
                    "file:" + localRepository + "@id=build.local@snapshots"),
        };
    }

    @Test
    public void healthIsUpOnTheEmbeddedDatabase() throws Exception {
        HttpResponse<String> response = awaitHealth();

        assertEquals(200, response.statusCode());
        assertTrue(response.body(), response.body().contains("\"status\":\"UP\""));
        assertFalse("details are for the operator only", response.body().contains("embedded PostgreSQL"));
        String operatorView = get("/api/health", operatorToken()).body();
        assertTrue(operatorView, operatorView.contains("embedded PostgreSQL on 127.0.0.1"));
    }

    @Test
    public void migrationsRanBeforeTheDatabaseWasOffered() {
        HealthResult result = migrations.check();

        assertTrue(result.toString(), result.isUp());
        assertTrue(result.toString(), ((Number) result.details().get("schemaVersion")).intValue() >= 1);
    }

    @Test
    public void nativeSqlAsOneTenantSeesNeitherAnotherTenantsRowsNorRowsWithoutATenant() {
        TenantId tenantA = new TenantId(UUID.randomUUID());
        TenantId tenantB = new TenantId(UUID.randomUUID());
        transactions.inTenant(tenantA, c -> insert(c, tenantA, "owner", "tenant A"));
        transactions.inTenant(tenantB, c -> insert(c, tenantB, "owner", "tenant B"));

        List<String> seenByA = transactions.inTenant(tenantA, c -> values(c, "SELECT value FROM tenant_setting"));
        List<String> seenByB = transactions.inTenant(tenantB, c -> values(c, "SELECT value FROM tenant_setting"));
        List<String> seenWithoutTenant = transactions.withoutTenant(c -> values(c, "SELECT value FROM tenant_setting"));

        assertEquals(List.of("tenant A"), seenByA);
        assertEquals(List.of("tenant B"), seenByB);
        assertEquals(List.of(), seenWithoutTenant);
    }

    @Test
    public void aTenantCannotWriteIntoAnotherTenant() {
        TenantId tenantA = new TenantId(UUID.randomUUID());
        TenantId tenantB = new TenantId(UUID.randomUUID());

        Throwable failure = null;
        try {
            transactions.inTenant(tenantA, c -> insert(c, tenantB, "intrusion", "x"));
        } catch (RuntimeException e) {
            failure = e;
        }

        List<String> seenByB = transactions.inTenant(tenantB, c -> values(c, "SELECT value FROM tenant_setting"));
        assertNotNull("the insert for another tenant must fail", failure);
        assertTrue(failure.getMessage(), failure.getMessage().contains("row-level security"));
        assertEquals(List.of(), seenByB);
    }

    @Test
    public void aContributedResourceAppearsInTheApiAndItsDocumentAndVanishesWithIt() throws Exception {
        var properties = new Hashtable<String, Object>();
        properties.put("osgi.jaxrs.resource", true);
        properties.put("osgi.jaxrs.application.select", "(osgi.jaxrs.name=platina)");
        assertEquals(200, awaitHealth().statusCode());
        String token = operatorToken();
        ServiceRegistration<?> registration = context.registerService(Object.class, new ProbeResource(), properties);
        try {
            assertEquals("a skill's resource requires sign-in without doing anything", 401,
                    awaitStatus("/api/v1/probe", 401));
            assertEquals(200, awaitStatus("/api/v1/probe", 200, token));
            assertTrue(get("/api/v1/probe", token).body().contains("hello from a skill"));
            assertTrue(get("/api/openapi.json").body().contains("\"/api/v1/probe\""));
        } finally {
            registration.unregister();
        }
        assertEquals(404, awaitStatus("/api/v1/probe", 404));
        assertFalse(get("/api/openapi.json").body().contains("\"/api/v1/probe\""));
    }

    @Test
    public void operatorShellCommandsManageOrganisationsUsersPasswordsSessionsAndTheAuditChain() throws Exception {
        String slug = "shell-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, awaitHealth().statusCode());

        String created = shell("platina:organization-create --admin boss " + slug + " \"Shell Co\"");
        String adminPassword = after(created, "password (shown once): ");
        assertEquals(200, login(slug, "boss", adminPassword));

        String user = shell("platina:user-create --role Viewer " + slug + " vera");
        assertTrue(user, user.contains("with roles [Viewer]"));
        String reset = shell("platina:password-reset " + slug + " vera");
        String veraPassword = after(reset, "(shown once): ");
        assertEquals(200, login(slug, "vera", veraPassword));
        assertEquals(401, login(slug, "vera", after(user, "Password (shown once): ")));

        String sessions = shell("platina:sessions " + slug);
        assertTrue(sessions, sessions.contains("vera") && sessions.contains("boss"));
        String chain = shell("platina:audit-verify " + slug);
        assertTrue(chain, chain.contains("is intact"));
    }

    @Test
    public void operatorShellCommandsInstallUpgradeRollBackAndUninstallASkillWithoutDisturbingOtherBundles()
            throws Exception {
        assertEquals(200, awaitHealth().statusCode());
        List<String> disturbed = new CopyOnWriteArrayList<>();
        BundleListener watcher = event -> {
            boolean knocked = event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.UNRESOLVED
                    || event.getType() == BundleEvent.UPDATED;
            String name = String.valueOf(event.getBundle().getSymbolicName());
            if (knocked && !name.startsWith("dev.platina.skill.")) {
                disturbed.add(name);
            }
        };
        context.addBundleListener(watcher);
        try {
            String list = shell("platina:skill-list iban");
            assertTrue(list, list.contains("IBAN check") && list.contains("1.0.0 0.9.0"));
            assertTrue(shell("platina:skill-install iban 0.9.0"), installedVersion().equals("0.9.0"));
            String upgrade = shell("platina:skill-upgrade iban");
            assertTrue(upgrade, upgrade.contains("iban 1.0.0 is installed") && upgrade.contains("%]"));
            assertEquals("1.0.0", installedVersion());
            String rollback = shell("platina:skill-rollback iban");
            assertTrue(rollback, rollback.contains("iban 0.9.0 is installed"));
            assertEquals("0.9.0", installedVersion());
            String tampered = shell("platina:skill-install tampered");
            assertTrue(tampered, tampered.contains("FAILED") && tampered.contains("signature does not match"));
            assertEquals("'iban' is uninstalled.", shell("platina:skill-uninstall iban").trim());
            assertEquals("-", installedVersion());
        } finally {
            context.removeBundleListener(watcher);
        }
        assertEquals("platform bundles stopped or re-resolved by skill changes", List.of(), disturbed);
        assertFalse(java.util.Arrays.stream(context.getBundles()).anyMatch(b -> String.valueOf(b.getSymbolicName())
                .startsWith("dev.platina.skill.iban")));
    }

    @Test
    public void operatorShellCommandsListRetryAndCancelAnOrganisationsRuns() throws Exception {
        String slug = "runs-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, awaitHealth().statusCode());
        shell("platina:organization-create --admin boss " + slug + " \"Runs Co\"");
        var organization = new dev.platina.persistence.api.TenantId(organizations.findBySlug(slug).orElseThrow().id());
        // Saved by the platform itself, the workflow has no owner: its step cannot run, so the run fails.
        var system = dev.platina.identity.api.Caller.system(organization, "test");
        UUID failing = workflows.create(system, Map.of("name", "Ownerless", "start", "say", "nodes", List.of(
                Map.of("id", "say", "type", "step", "step", "note", "input", Map.of("text", "hi"), "next", "done"),
                Map.of("id", "done", "type", "end")))).id();
        UUID waiting = workflows.create(system, Map.of("name", "Patient", "start", "pause", "nodes", List.of(
                Map.of("id", "pause", "type", "wait", "duration", "PT1H", "next", "done"),
                Map.of("id", "done", "type", "end")))).id();
        UUID failed = runs.start(system, failing, Map.of()).id();
        UUID patient = runs.start(system, waiting, Map.of()).id();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (runs.get(system, failed).state() != dev.platina.workflow.api.Run.State.FAILED
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        String list = shell("platina:run-list " + slug);
        assertTrue(list, list.contains(failed.toString()) && list.contains("FAILED") && list.contains("owner"));
        assertTrue(list, list.contains(patient.toString()) && list.contains("RUNNING"));
        String retried = shell("platina:run-retry " + slug + " " + failed);
        assertTrue(retried, retried.contains("is retried"));
        String cancelled = shell("platina:run-cancel " + slug + " " + patient);
        assertTrue(cancelled, cancelled.contains("is cancelled"));
        assertEquals(dev.platina.workflow.api.Run.State.CANCELLED, runs.get(system, patient).state());
    }

    /** The "Installed" column of the skill list for the IBAN check. */
    private String installedVersion() throws Exception {
        String row = shell("platina:skill-list iban").lines().filter(l -> l.startsWith("iban ")).findFirst()
                .orElseThrow();
        return row.split("\\s*\\|\\s*")[2].trim();
    }

    /** Runs a command as the operator; commands register once their services are up, so it waits for them. */
    private String shell(String command) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return runShell(command);
            } catch (Exception e) {
                if (!e.getClass().getSimpleName().equals("CommandNotFoundException") || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private String runShell(String command) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        Session session = sessionFactory.create(new java.io.ByteArrayInputStream(new byte[0]), print, print);
        var subject = new javax.security.auth.Subject();
        subject.getPrincipals().add(new RolePrincipal("admin"));
        subject.getPrincipals().add(new UserPrincipal("operator"));
        try {
            javax.security.auth.Subject.doAs(subject,
                    (java.security.PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } finally {
            session.close();
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String after(String text, String marker) {
        int at = text.indexOf(marker);
        assertTrue(text, at >= 0);
        return text.substring(at + marker.length()).lines().findFirst().orElseThrow().trim();
    }

    private static int login(String organization, String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String body = "{\"organization\":\"" + organization + "\",\"username\":\"" + username
                + "\",\"password\":\"" + password + "\"}";
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + System.getProperty("platina.http.port") + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Signs in as the operator with the password the first start wrote to data/initial-admin-password. */
    private static String operatorToken() throws Exception {
        String password = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("karaf.data"),
                "initial-admin-password")).trim();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String body = "{\"organization\":\"platform\",\"username\":\"admin\",\"password\":\"" + password
                + "\"}";
        String answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + System.getProperty("platina.http.port") + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        int start = answer.indexOf("\"token\":\"") + 9;
        return answer.substring(start, answer.indexOf('"', start));
    }

    private static int awaitStatus(String path, int expected) throws Exception {
        return awaitStatus(path, expected, null);
    }

    private static int awaitStatus(String path, int expected, String token) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status = -1;
        while (System.nanoTime() < deadline) {
            status = get(path, token).statusCode();
            if (status == expected) {
                return status;
            }
            Thread.sleep(100);
        }
        return status;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return get(path, null);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + System.getProperty("platina.http.port") + path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> awaitHealth() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + System.getProperty("platina.http.port") + "/api/health"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> response = null;
        while (System.nanoTime() < deadline) {
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return response;
    }

    private static int insert(Connection c, TenantId tenant, String name, String value) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO tenant_setting (tenant_id, name, value) VALUES (?, ?, ?)")) {
            insert.setObject(1, tenant.value());
            insert.setString(2, name);
            insert.setString(3, value);
            return insert.executeUpdate();
        }
    }

    private static List<String> values(Connection c, String sql) throws SQLException {
        var result = new ArrayList<String>();
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                result.add(rows.getString(1));
            }
        }
        return result;
    }
}
