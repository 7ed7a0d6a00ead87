package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * MCP in the real distribution: an MCP client with an API token lists the organisation's step types and calls
 * them through the approval policy; session tokens and other organisations stay out; an outside MCP server's
 * tools appear once an administrator adds it.
 */
@ExtendWith(RunningPlatform.Extension.class)
class McpIT {

    private final RunningPlatform platform;
    private final Api api;
    private final AtomicLong ids = new AtomicLong();

    McpIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void anMcpClientWithAnApiTokenCallsStepsThroughTheApprovalPolicy() throws Exception {
        var tenant = platform.newTenant("mcp");
        String admin = tenant.token("Admin");
        String token = apiToken(tenant.token("User"));

        Api.Reply off = mcp(token, null, "ping", Map.of());
        assertThat(off.status()).as(off.toString()).isEqualTo(403);
        assertThat(off.text("type")).endsWith("/mcp-endpoint-off");
        assertThat(api.send("PUT", "/v1/ai/mcp-endpoint", tenant.token("Manager"), Map.of("enabled", true), null)
                .status()).isEqualTo(403);
        Api.Reply enabled = api.send("PUT", "/v1/ai/mcp-endpoint", admin, Map.of("enabled", true, "approverRoles",
                List.of("Manager"), "autoApproveActions", List.of("note")), null);
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
        assertThat(api.get("/v1/workflows", admin).body().path("items").findValuesAsText("name"))
                .contains("MCP tool calls");

        Api.Reply initialized = mcp(token, null, "initialize", Map.of("protocolVersion", "2025-06-18",
                "capabilities", Map.of(), "clientInfo", Map.of("name", "itest-client", "version", "1")));
        assertThat(initialized.status()).as(initialized.toString()).isEqualTo(200);
        assertThat(initialized.body().path("result").path("capabilities").has("tools")).isTrue();
        assertThat(initialized.header("MCP-Protocol-Version")).contains("2025-06-18");
        String session = initialized.header("Mcp-Session-Id").orElseThrow();
        Api.Reply notified = api.send("POST", "/v1/mcp", token, Map.of("jsonrpc", "2.0", "method",
                "notifications/initialized"), null, Map.of("Mcp-Session-Id", session, "MCP-Protocol-Version",
                        "2025-06-18"));
        assertThat(notified.status()).isEqualTo(202);

        List<String> tools = mcp(token, session, "tools/list", Map.of()).body().path("result").path("tools")
                .findValuesAsText("name");
        assertThat(tools).contains("note", "data.set", "platina_call_status").doesNotContain("action.perform",
                "ai.classify", "mcp.tool");

        JsonNode noted = call(token, session, "note", Map.of("text", "Hello from an MCP client"));
        assertThat(noted.path("isError").asBoolean()).as(noted.toString()).isFalse();
        assertThat(noted.path("structuredContent").path("text").asText()).isEqualTo("Hello from an MCP client");

        JsonNode waiting = call(token, session, "data.set", Map.of("invoice", "A-17"));
        assertThat(waiting.path("structuredContent").path("status").asText()).as(waiting.toString())
                .isEqualTo("waiting");
        String runId = waiting.path("structuredContent").path("runId").asText();
        String task = api.awaitApprovalTask(tenant.token("Manager"));
        Api.Reply approved = api.post("/v1/approvals/" + task + "/decision", tenant.token("Manager"), Map.of(
                "decision", "APPROVE"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        api.awaitRunEnd(runId, admin);
        JsonNode done = call(token, session, "platina_call_status", Map.of("runId", runId));
        assertThat(done.path("isError").asBoolean()).as(done.toString()).isFalse();
        assertThat(done.path("structuredContent").path("invoice").asText()).isEqualTo("A-17");

        Api.Reply withSession = mcp(admin, null, "ping", Map.of());
        assertThat(withSession.status()).isEqualTo(401);
        assertThat(withSession.text("detail")).contains("only API tokens");
        assertThat(api.get("/v1/mcp", token).status()).isEqualTo(405);
        assertThat(mcp(token, null, "resources/list", Map.of()).body().path("error").path("code").asInt())
                .isEqualTo(-32601);

        var other = platform.newTenant("mcp-other");
        api.send("PUT", "/v1/ai/mcp-endpoint", other.token("Admin"), Map.of("enabled", true), null);
        String strangerToken = apiToken(other.token("User"));
        JsonNode peek = call(strangerToken, null, "platina_call_status", Map.of("runId", runId));
        assertThat(peek.path("isError").asBoolean()).isTrue();
        assertThat(peek.toString()).doesNotContain("A-17");
        assertThat(mcp(strangerToken, session, "ping", Map.of()).status()).as("another's session").isEqualTo(404);
        assertThat(api.get("/v1/audit?action=ai.mcp-endpoint.update", admin).body().path("items")).isNotEmpty();
        assertThat(api.get("/openapi.json", null).body().path("paths").has("/api/v1/mcp")).isTrue();
    }

    @Test
    void anOutsideMcpServersToolsAppearOnceAnAdministratorAddsIt() throws Exception {
        var tenant = platform.newTenant("mcp-servers");
        String admin = tenant.token("Admin");
        String secret = "Bearer itest-mcp-secret-3c9d";
        try (var peer = new McpTestServer(secret)) {
            Map<String, Object> server = Map.of("name", "peer", "url", peer.url(), "headers", Map.of(
                    "Authorization", secret));
            assertThat(api.post("/v1/ai/mcp-servers", tenant.token("Manager"), server).status()).isEqualTo(403);
            Api.Reply wrong = api.post("/v1/ai/mcp-servers", admin, Map.of("name", "Bad Name", "url", "file:///etc"));
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.body().path("errors").toString()).contains("name", "url");

            Api.Reply added = api.post("/v1/ai/mcp-servers", admin, server);
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            assertThat(added.raw().body()).doesNotContain("itest-mcp-secret");
            assertThat(added.body().path("headers").toString()).contains("Authorization");
            assertThat(added.body().path("health").path("status").asText()).isEqualTo("ok");
            assertThat(added.body().path("health").path("toolCount").asInt()).isEqualTo(1);
            String id = added.text("id");

            JsonNode listed = api.get("/v1/ai/mcp-servers", tenant.token("Viewer")).body();
            assertThat(listed.path("items").findValuesAsText("name")).containsExactly("peer");
            assertThat(api.get("/v1/ai/mcp-servers/" + id + "/tools", tenant.token("Viewer")).body().path("items")
                    .findValuesAsText("name")).containsExactly("peer__echo");
            assertThat(peer.authorizations).isNotEmpty().allMatch(secret::equals);
            assertThat(api.get("/v1/ai/mcp-servers/" + id, platform.newTenant("mcp-nosy").token("Admin")).status())
                    .isEqualTo(404);
            assertThat(api.get("/v1/workflows/step-types", admin).body().path("items").findValuesAsText("type"))
                    .contains("mcp.tool");
            assertThat(api.get("/v1/audit?action=ai.mcp-server.add", admin).raw().body()).contains("peer")
                    .doesNotContain("itest-mcp-secret");

            assertThat(api.delete("/v1/ai/mcp-servers/" + id, admin).status()).isEqualTo(204);
            assertThat(api.get("/v1/ai/mcp-servers", admin).body().path("items")).isEmpty();
        }
        assertThat(platform.logs()).doesNotContain("itest-mcp-secret");
    }

    private String apiToken(String sessionToken) {
        Api.Reply created = api.post("/v1/auth/tokens", sessionToken, Map.of("name", "mcp client", "permissions",
                List.of("workflows:read", "workflows:run")));
        if (created.status() != 201) {
            throw new AssertionError("Could not create an API token: " + created);
        }
        return created.text("secret");
    }

    private JsonNode call(String token, String session, String tool, Map<String, Object> arguments) {
        Api.Reply reply = mcp(token, session, "tools/call", Map.of("name", tool, "arguments", arguments));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body().path("result");
    }

    private Api.Reply mcp(String token, String session, String method, Map<String, Object> params) {
        Map<String, String> headers = session == null ? Map.of("Accept", "application/json, text/event-stream")
                : Map.of("Accept", "application/json, text/event-stream", "Mcp-Session-Id", session,
                        "MCP-Protocol-Version", "2025-06-18");
        return api.send("POST", "/v1/mcp", token, Map.of("jsonrpc", "2.0", "id", ids.incrementAndGet(), "method",
                method, "params", params), null, headers);
    }
}
