package dev.platina.ai.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.ai.api.ToolDefinition;
import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Page;
import dev.platina.identity.api.Permission;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.security.internal.AesGcmSecretCipher;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outside MCP servers with everything real: PostgreSQL with row-level security, the AES-GCM cipher, the audit
 * trail, and a local MCP peer; the tool source and the mcp.tool step over them.
 */
@ExtendWith(DatabaseExtension.class)
class McpServersTest {

    private static final String SECRET = "Bearer ghp-secret-90f1c2";

    private final PlatformTestDatabase database;
    private McpPeer peer;
    private McpServers servers;
    private TenantId tenant;
    private Caller admin;

    McpServersTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start(@TempDir Path data) throws Exception {
        peer = new McpPeer();
        peer.requiredAuthorization = SECRET;
        servers = new McpServers(database.transactions(), new AesGcmSecretCipher(data),
                new JdbcAuditLog(database.transactions()), new McpTransport(Duration.ofSeconds(1), 1024 * 1024),
                Duration.ofMinutes(1), Clock.systemUTC(), true);
        tenant = database.newTenant();
        admin = person(tenant, "chief", Permission.all());
    }

    @AfterEach
    void stop() {
        servers.stop();
        peer.close();
    }

    @Test
    void anAddedServerKeepsItsHeadersSealedAndShowsItsHealth() throws Exception {
        McpServer added = servers.add(admin, new NewMcpServer("github", peer.uri().toString(), Map.of(
                "Authorization", SECRET)));

        assertThat(added.headerNames()).containsExactly("Authorization");
        assertThat(added.health().status()).isEqualTo("ok");
        assertThat(added.health().toolCount()).hasValue(3);
        assertThat(added.health().lastSuccessAt()).isPresent();
        assertThat(peer.received.get(0).headers().get("Authorization")).isEqualTo(SECRET);
        try (var owner = database.owner(); PreparedStatement query = owner.prepareStatement(
                "SELECT sealed_headers, header_names::text FROM platina.ai_mcp_server WHERE id = ?")) {
            query.setObject(1, added.id());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(new String(rows.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain("ghp-secret");
                assertThat(rows.getString(2)).isEqualTo("{Authorization}");
            }
        }
        assertThat(String.join(" ", auditDetails("ai.mcp-server.add"))).contains("name=github", "headers="
                + "Authorization").doesNotContain("ghp-secret");
    }

    @Test
    void aServerThatCannotBeReachedIsAddedWithItsErrorInPlainWords() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        McpServer added = servers.add(admin, new NewMcpServer("offline", "http://127.0.0.1:" + closed + "/mcp",
                Map.of()));

        assertThat(added.health().status()).isEqualTo("failing");
        assertThat(added.health().lastError()).hasValueSatisfying(e -> assertThat(e).contains("could not be"
                + " reached"));
        assertThat(added.health().toolCount()).isEmpty();
    }

    @Test
    void wrongServersAreRefusedFieldByField() {
        assertThatThrownBy(() -> servers.add(admin, new NewMcpServer("Git_Hub", "ftp://example.com/mcp", Map.of(
                "Content-Type", "text/plain", "X-Key", "two\nlines")))).isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKeys("name", "url",
                                "headers.Content-Type", "headers.X-Key"));
        assertThatThrownBy(() -> servers.add(admin, new NewMcpServer("github", "https://user:pw@example.com/mcp",
                Map.of()))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()
                        .get("url")).contains("headers"));
        servers.add(admin, new NewMcpServer("github", peer.uri().toString(), Map.of("Authorization", SECRET)));
        assertThatThrownBy(() -> servers.add(admin, new NewMcpServer("github", peer.uri().toString(), Map.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("name"));
    }

    @Test
    void byDefaultAServerOnThisMachineOrAPrivateNetworkIsRefusedBeforeItIsCalled(@TempDir Path keys) throws Exception {
        var strict = new McpServers(database.transactions(), new AesGcmSecretCipher(keys), new JdbcAuditLog(
                database.transactions()), new McpTransport(Duration.ofSeconds(1), 1024 * 1024), Duration.ofMinutes(1),
                Clock.systemUTC(), false);
        try {
            for (String url : List.of(peer.uri().toString(), "http://localhost:9/mcp", "http://169.254.169.254/mcp",
                    "https://10.0.0.7/mcp", "http://[::1]:8080/mcp")) {
                assertThatThrownBy(() -> strict.add(admin, new NewMcpServer("inside", url, Map.of()))).as(url)
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()
                                .get("url")).contains("allowPrivateAddresses"));
            }
            assertThat(peer.received).as("nothing was called").isEmpty();
            assertThat(strict.list(admin, 10, null).items()).isEmpty();
        } finally {
            strict.stop();
        }
    }

    @Test
    void onlyAdministratorsChangeServersAndEveryReaderSeesThem() throws Exception {
        Caller manager = person(tenant, "manager", Set.of(Permission.WORKFLOWS_READ, Permission.WORKFLOWS_EDIT,
                Permission.WORKFLOWS_RUN));
        assertThatThrownBy(() -> servers.add(manager, new NewMcpServer("github", peer.uri().toString(), Map.of())))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("settings:write");
        McpServer added = servers.add(admin, new NewMcpServer("github", peer.uri().toString(), Map.of(
                "Authorization", SECRET)));

        assertThat(servers.list(manager, 50, null).items()).extracting(McpServer::name).containsExactly("github");
        assertThatThrownBy(() -> servers.remove(manager, added.id())).isInstanceOf(AccessDeniedException.class);
        servers.remove(admin, added.id());
        assertThat(servers.list(manager, 50, null).items()).isEmpty();
        assertThat(auditDetails("ai.mcp-server.remove")).contains("name=github");
    }

    @Test
    void listsComeInPagesByName() {
        for (String name : List.of("c-server", "a-server", "b-server")) {
            servers.add(admin, new NewMcpServer(name, peer.uri().toString(), Map.of("Authorization", SECRET)));
        }
        Page<McpServer> first = servers.list(admin, 2, null);
        Page<McpServer> second = servers.list(admin, 2, first.nextCursor());

        assertThat(first.items()).extracting(McpServer::name).containsExactly("a-server", "b-server");
        assertThat(second.items()).extracting(McpServer::name).containsExactly("c-server");
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void theToolSourceNamesToolsByServerAndAsksTheServerOnlyOnceInAWhile() {
        servers.add(admin, new NewMcpServer("github", peer.uri().toString(), Map.of("Authorization", SECRET)));
        var source = new McpToolSource(servers);
        int before = peer.received.size();

        List<ToolDefinition> tools = source.tools(admin);
        List<ToolDefinition> again = source.tools(admin);

        assertThat(source.stepType()).isEqualTo("mcp.tool");
        assertThat(tools).extracting(ToolDefinition::name).containsExactly("github__echo", "github__fail",
                "github__hang");
        assertThat(tools.get(0).description()).isEqualTo("Says the text back");
        assertThat(again).isEqualTo(tools);
        assertThat(peer.methods().subList(before, peer.received.size())).containsOnlyOnce("initialize");
    }

    @Test
    void anotherOrganisationSeesNeitherTheServersNorTheirTools() throws Exception {
        McpServer added = servers.add(admin, new NewMcpServer("github", peer.uri().toString(), Map.of(
                "Authorization", SECRET)));
        Caller stranger = person(database.newTenant(), "chief", Permission.all());

        assertThat(servers.list(stranger, 50, null).items()).isEmpty();
        assertThat(new McpToolSource(servers).tools(stranger)).isEmpty();
        assertThatThrownBy(() -> servers.get(stranger, added.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> servers.remove(stranger, added.id())).isInstanceOf(NotFoundException.class);
        assertThat(new McpToolStep(servers).execute(execution(stranger, "github__echo", Map.of())).failure())
                .hasValueSatisfying(f -> assertThat(f).contains("not found"));
    }

    @Test
    void theStepCallsTheToolAsTheRunsCallerAndFailsForGoodOnAToolError() throws Exception {
        servers.add(admin, new NewMcpServer("github", peer.uri().toString(), Map.of("Authorization", SECRET)));
        var step = new McpToolStep(servers);

        StepOutcome echoed = step.execute(execution(admin, "github__echo", Map.of("text", "hi")));
        StepOutcome failed = step.execute(execution(admin, "github__fail", Map.of()));
        StepOutcome slow = step.execute(execution(admin, "github__hang", Map.of()));
        StepOutcome unnamed = step.execute(execution(admin, "echo", Map.of()));

        assertThat(echoed.succeeded()).isTrue();
        assertThat(echoed.output()).containsEntry("text", "You said: hi").containsEntry("structuredContent",
                Map.of("echoed", "hi"));
        assertThat(peer.received).filteredOn(r -> r.method().equals("tools/call")).first().satisfies(r ->
                assertThat(r.message().path("params").path("_meta").path("dev.platina/idempotency-key").asText())
                        .isEqualTo(execution(admin, "github__echo", Map.of("text", "hi")).idempotencyKey()));
        assertThat(failed.failure()).hasValue("The tool github__fail reported an error: Disk full");
        assertThat(failed.retryable()).isFalse();
        assertThat(slow.failure()).hasValueSatisfying(f -> assertThat(f).contains("did not answer within 1 s"));
        assertThat(slow.retryable()).isTrue();
        assertThat(unnamed.retryable()).isFalse();
        assertThat(unnamed.failure()).hasValueSatisfying(f -> assertThat(f).contains("<server>__<tool>"));
        assertThat(String.join(" ", auditDetails("ai.mcp-tool.call"))).contains("tool=echo", "tool=fail",
                "isError=true").doesNotContain("ghp-secret");
        Caller viewer = person(tenant, "viewer", Set.of(Permission.WORKFLOWS_READ));
        assertThat(step.execute(execution(viewer, "github__echo", Map.of())).failure())
                .hasValueSatisfying(f -> assertThat(f).contains("workflows:run"));
    }

    private static Caller person(TenantId organization, String username, Set<String> permissions) {
        return new Caller(organization, UUID.randomUUID(), username, Set.of(), permissions, Caller.Kind.USER,
                "test");
    }

    private static StepExecution execution(Caller caller, String tool, Map<String, Object> arguments) {
        return new Execution(caller, Map.of("tool", tool, "arguments", arguments));
    }

    /** One attempt of an mcp.tool step, as the engine hands it over. */
    private record Execution(Caller caller, Map<String, Object> input) implements StepExecution {

        @Override
        public UUID runId() {
            return UUID.nameUUIDFromBytes(input.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String nodeId() {
            return "perform";
        }

        @Override
        public String idempotencyKey() {
            return runId() + ":perform";
        }

        @Override
        public int attempt() {
            return 1;
        }
    }

    private List<String> auditDetails(String action) throws Exception {
        List<String> all = new ArrayList<>();
        try (var owner = database.owner(); PreparedStatement query = owner.prepareStatement(
                "SELECT details FROM platina.audit_event WHERE tenant_id = ? AND action = ? ORDER BY seq")) {
            query.setObject(1, tenant.value());
            query.setString(2, action);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String[] flat = (String[]) rows.getArray(1).getArray();
                    for (int i = 0; i + 1 < flat.length; i += 2) {
                        all.add(flat[i] + "=" + flat[i + 1]);
                    }
                }
            }
        }
        return all;
    }
}
