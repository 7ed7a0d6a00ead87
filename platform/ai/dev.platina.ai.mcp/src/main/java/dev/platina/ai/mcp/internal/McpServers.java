package dev.platina.ai.mcp.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.core.api.SecretCipher;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Page;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * An organisation's outside MCP servers: added and removed by its administrators (audited, header values sealed
 * with the installation's cipher and never shown again), their tools listed for the AI, and calls to those tools.
 * Every tools/list records the server's health: when it last worked, how many tools it had, the last failure.
 */
@Component(service = McpServers.class, configurationPid = McpConfiguration.PID)
@Designate(ocd = McpConfiguration.class)
public final class McpServers {

    /** Between a server's name and its tool's name in the tool names the AI sees. */
    static final String SEPARATOR = "__";
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() { };

    private final TenantTransactions transactions;
    private final SecretCipher cipher;
    private final AuditLog audit;
    private final PermissionGuard guard;
    private final McpTransport transport;
    private final Duration cacheFor;
    private final Clock clock;
    private final boolean allowPrivateAddresses;
    private final ServerStore store = new ServerStore();
    private final Map<TenantId, Listed> cache = new ConcurrentHashMap<>();

    private record Listed(Instant at, List<ServerTools> servers) {
    }

    @Activate
    public McpServers(@Reference TenantTransactions transactions, @Reference SecretCipher cipher,
            @Reference AuditLog audit, McpConfiguration config) {
        this(transactions, cipher, audit, new McpTransport(Duration.ofSeconds(Math.max(1, config.timeoutSeconds())),
                Math.max(16, config.maxResponseKib()) * 1024L), Duration.ofSeconds(Math.max(0,
                        config.toolsCacheSeconds())), Clock.systemUTC(), config.allowPrivateAddresses());
    }

    McpServers(TenantTransactions transactions, SecretCipher cipher, AuditLog audit, McpTransport transport,
            Duration cacheFor, Clock clock, boolean allowPrivateAddresses) {
        this.transactions = transactions;
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.cipher = cipher;
        this.audit = audit;
        this.guard = new PermissionGuard(audit);
        this.transport = transport;
        this.cacheFor = cacheFor;
        this.clock = clock;
    }

    @Deactivate
    void stop() {
        transport.close();
    }

    Page<McpServer> list(Caller caller, int limit, String cursor) {
        guard.require(caller, Permission.WORKFLOWS_READ, "ai.mcp-server.list", "ai-mcp-server", null);
        int size = Math.max(1, Math.min(200, limit));
        Optional<String> after = Optional.ofNullable(cursor).filter(c -> !c.isBlank()).map(McpServers::decodeCursor);
        List<McpServer> rows = transactions.inTenant(caller.organization(), c -> store.list(c, after, size + 1));
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        List<McpServer> page = rows.subList(0, size);
        return new Page<>(page, Base64.getUrlEncoder().withoutPadding().encodeToString(page.get(size - 1).name()
                .getBytes(StandardCharsets.UTF_8)));
    }

    McpServer get(Caller caller, UUID id) {
        guard.require(caller, Permission.WORKFLOWS_READ, "ai.mcp-server.read", "ai-mcp-server", null);
        return transactions.inTenant(caller.organization(), c -> store.find(c, id)).orElseThrow(() -> notFound(id));
    }

    /** Stores the server, then asks it for its tools once so that its health shows at once. */
    McpServer add(Caller caller, NewMcpServer server) {
        guard.require(caller, Permission.SETTINGS_WRITE, "ai.mcp-server.add", "ai-mcp-server", null);
        ServerCheck.check(server, allowPrivateAddresses);
        TenantId tenant = caller.organization();
        UUID id = UUID.randomUUID();
        var stored = new McpServer(id, server.name(), server.url().strip(), server.headers().keySet().stream()
                .sorted().toList(), clock.instant(), caller.username(), McpServer.Health.UNKNOWN);
        byte[] sealed = server.headers().isEmpty() ? null : cipher.encrypt(McpJson.bytes(server.headers()),
                purpose(tenant, id));
        transactions.inTenant(tenant, c -> {
            if (store.findByName(c, server.name()).isPresent()) {
                throw InvalidInputException.of("name", "another MCP server of your organisation is already called '"
                        + server.name() + "'");
            }
            store.insert(c, tenant, stored, sealed);
            return null;
        });
        cache.remove(tenant);
        audit.record(AuditEvents.by(caller, "ai.mcp-server.add").target("ai-mcp-server", id.toString())
                .detail("name", stored.name()).detail("url", stored.url())
                .detail("headers", String.join(",", stored.headerNames())).build());
        probe(tenant, stored);
        return transactions.inTenant(tenant, c -> store.find(c, id)).orElse(stored);
    }

    void remove(Caller caller, UUID id) {
        // Refusals name no id: the id may be another organisation's, and the refusal lands in the caller's trail.
        guard.require(caller, Permission.SETTINGS_WRITE, "ai.mcp-server.remove", "ai-mcp-server", null);
        McpServer removed = transactions.inTenant(caller.organization(), c -> {
            Optional<McpServer> server = store.find(c, id);
            if (server.isPresent()) {
                store.delete(c, id);
            }
            return server;
        }).orElseThrow(() -> notFound(id));
        cache.remove(caller.organization());
        audit.record(AuditEvents.by(caller, "ai.mcp-server.remove").target("ai-mcp-server", id.toString())
                .detail("name", removed.name()).detail("url", removed.url()).build());
    }

    /** One server's tools, listed now (its health recorded). */
    ServerTools tools(Caller caller, UUID id) {
        McpServer server = get(caller, id);
        return probe(caller.organization(), server);
    }

    /**
     * The tools of every server of the caller's organisation, reused for a short while; a server that fails is
     * reported with its error and its tools left out. Needs {@code workflows:read} or {@code workflows:run}.
     */
    List<ServerTools> allTools(Caller caller) {
        if (!caller.has(Permission.WORKFLOWS_READ)) {
            guard.require(caller, Permission.WORKFLOWS_RUN, "ai.mcp-server.tools", "ai-mcp-server", null);
        }
        TenantId tenant = caller.organization();
        Listed listed = cache.get(tenant);
        if (listed != null && listed.at().plus(cacheFor).isAfter(clock.instant())) {
            return listed.servers();
        }
        List<McpServer> servers = transactions.inTenant(tenant, c -> store.list(c, Optional.empty(), 1000));
        var all = new ArrayList<ServerTools>();
        for (McpServer server : servers) {
            all.add(probe(tenant, server));
        }
        cache.put(tenant, new Listed(clock.instant(), List.copyOf(all)));
        return all;
    }

    /**
     * Calls {@code <server>__<tool>} with the arguments, as the caller (needs {@code workflows:run}); audited
     * with the server and tool, never with the arguments or headers.
     *
     * @throws McpException when the server could not be asked; a tool's own error is a result with isError
     */
    ToolResult call(Caller caller, String qualifiedName, Map<String, Object> arguments) {
        return call(caller, qualifiedName, arguments, Optional.empty());
    }

    /** As {@link #call(Caller, String, Map)}, with the workflow step's idempotency key passed to the server. */
    ToolResult call(Caller caller, String qualifiedName, Map<String, Object> arguments,
            Optional<String> idempotencyKey) {
        guard.require(caller, Permission.WORKFLOWS_RUN, "ai.mcp-tool.call", "ai-mcp-server", null);
        int split = qualifiedName == null ? -1 : qualifiedName.indexOf(SEPARATOR);
        if (split < 1 || split + SEPARATOR.length() >= qualifiedName.length()) {
            throw InvalidInputException.of("tool", "name the tool as <server>__<tool>, e.g. github__create_issue");
        }
        String serverName = qualifiedName.substring(0, split);
        String tool = qualifiedName.substring(split + SEPARATOR.length());
        TenantId tenant = caller.organization();
        McpServer server = transactions.inTenant(tenant, c -> store.findByName(c, serverName)).orElseThrow(
                () -> new NotFoundException("MCP server '" + serverName + "'"));
        var event = AuditEvents.by(caller, "ai.mcp-tool.call").target("ai-mcp-server", server.id().toString())
                .detail("server", server.name()).detail("tool", tool);
        try (McpClient client = connect(tenant, server)) {
            ToolResult result = client.callTool(tool, arguments, idempotencyKey);
            audit.record(event.outcome(result.isError() ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS)
                    .detail("isError", result.isError()).build());
            return result;
        } catch (McpException e) {
            record(tenant, server, e.getMessage());
            audit.record(event.outcome(AuditOutcome.FAILURE).detail("error", e.getMessage()).build());
            throw e;
        }
    }

    private ServerTools probe(TenantId tenant, McpServer server) {
        try (McpClient client = connect(tenant, server)) {
            List<RemoteTool> tools = client.listTools();
            Instant now = clock.instant();
            transactions.inTenant(tenant, c -> {
                store.recordSuccess(c, server.id(), tools.size(), now);
                return null;
            });
            return new ServerTools(server, tools, Optional.empty());
        } catch (McpException e) {
            record(tenant, server, e.getMessage());
            return new ServerTools(server, List.of(), Optional.of(e.getMessage()));
        }
    }

    private void record(TenantId tenant, McpServer server, String error) {
        Instant now = clock.instant();
        transactions.inTenant(tenant, c -> {
            store.recordFailure(c, server.id(), error, now);
            return null;
        });
    }

    private McpClient connect(TenantId tenant, McpServer server) {
        Map<String, String> headers = transactions.inTenant(tenant, c -> store.sealedHeaders(c, server.id()))
                .map(sealed -> open(sealed, tenant, server.id())).orElse(Map.of());
        return transport.connect(URI.create(server.url()), headers);
    }

    private Map<String, String> open(byte[] sealed, TenantId tenant, UUID id) {
        try {
            return McpJson.MAPPER.readValue(cipher.decrypt(sealed, purpose(tenant, id)), HEADERS);
        } catch (IOException e) {
            throw new IllegalStateException("The stored headers of MCP server " + id + " are not readable", e);
        }
    }

    private static String purpose(TenantId tenant, UUID server) {
        return "ai-mcp-headers:" + tenant.value() + ":" + server;
    }

    private static String decodeCursor(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("cursor", "use the nextCursor of the previous page");
        }
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("MCP server " + id);
    }
}
