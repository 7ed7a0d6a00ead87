package dev.platina.ai.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.rest.internal.CallerPrincipal;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.rest.ProblemException;
import dev.platina.workflow.api.Approval;
import dev.platina.workflow.api.ApprovalDecision;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.Workflow;
import dev.platina.workflow.api.WorkflowStep;
import dev.platina.workflow.engine.internal.EngineFixture;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The MCP endpoint over the real workflow engine and PostgreSQL: enabling it creates the tool-calls workflow, and
 * every tools/call is a run of it that performs the step only once the approval policy allowed it.
 */
@ExtendWith(DatabaseExtension.class)
class McpEndpointTest {

    private final PlatformTestDatabase database;
    private EngineFixture engine;
    private McpEndpoint endpoint;
    private McpEndpointResource resource;
    private TenantId tenant;
    private Caller admin;
    private Caller manager;
    private Caller token;
    private long ids;

    McpEndpointTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        engine = new EngineFixture(database);
        engine.register(new ReasoningStep());
        endpoint = new McpEndpoint(database.transactions(), engine.workflows, engine.runs, engine.audit,
                Duration.ofSeconds(5), Clock.systemUTC());
        resource = new McpEndpointResource(endpoint, new McpSessions(Clock.systemUTC()), new Origins(List.of(
                "https://platina.example.com"), "8080"));
        tenant = engine.tenant;
        admin = person(tenant, "chief", BuiltInRole.ADMIN, Caller.Kind.USER);
        manager = person(tenant, "manager", BuiltInRole.MANAGER, Caller.Kind.USER);
        token = new Caller(tenant, UUID.randomUUID(), "scripter", Set.of("User"), Set.of(Permission.WORKFLOWS_READ,
                Permission.WORKFLOWS_RUN), Caller.Kind.API_TOKEN, "test");
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
    }

    @Test
    void enablingCreatesTheToolCallsWorkflowAndSavingAgainMakesANewVersion() {
        EndpointSettings saved = endpoint.update(admin, new EndpointChange(true, List.of("Manager"), List.of("note")));
        EndpointSettings again = endpoint.update(admin, new EndpointChange(true, List.of(), List.of()));

        assertThat(again.workflowId()).isEqualTo(saved.workflowId());
        Workflow workflow = engine.workflows.get(admin, saved.workflowId().orElseThrow());
        assertThat(workflow.name()).isEqualTo("MCP tool calls");
        assertThat(workflow.version()).isEqualTo(2);
        assertThat(McpJson.write(engine.workflows.get(admin, workflow.id(), 1).definition())).contains(
                "\"roles\":[\"Manager\"]", "\"autoApprove\":{\"confidence\":1,\"thresholds\":{\"note\":1}}",
                "\"step\":\"action.perform\"");
        assertThat(endpoint.settings(token).enabled()).isTrue();
        assertThat(endpoint.settings(token).updatedBy()).contains("chief");
    }

    @Test
    void onlyAnAdministratorWhoEditsWorkflowsTurnsItOnAndOnlyForActionsItOffers() {
        assertThatThrownBy(() -> endpoint.update(manager, new EndpointChange(true, List.of(), List.of())))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("settings:write");
        assertThatThrownBy(() -> endpoint.update(admin, new EndpointChange(true, List.of(""), List.of("note",
                "ai.classify", "*")))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.fieldErrors()).containsOnlyKeys("approverRoles[0]", "autoApproveActions[1]",
                                "autoApproveActions[2]"));
    }

    @Test
    void theToolsAreTheStepTypesThatActWithoutAiOrApprovalSteps() {
        enable(List.of("note"));
        JsonNode tools = rpc("tools/list", Map.of()).path("result").path("tools");

        assertThat(tools.findValuesAsText("name")).containsExactly("data.set", "note", "platina_call_status");
        JsonNode note = tools.get(1);
        assertThat(note.path("inputSchema").path("required").toString()).contains("text");
        assertThat(note.path("description").asText()).contains("after approval");
    }

    @Test
    void anActionTheAdministratorListedIsPerformedAtOnce() {
        enable(List.of("note"));
        initialize();

        JsonNode result = rpc("tools/call", Map.of("name", "note", "arguments", Map.of("text", "Hello from MCP")))
                .path("result");

        assertThat(result.path("isError").asBoolean()).as(result.toString()).isFalse();
        assertThat(result.path("structuredContent").path("text").asText()).isEqualTo("Hello from MCP");
        assertThat(result.path("content").get(0).path("text").asText()).contains("note was performed");
        UUID run = runOf(result);
        var approval = engine.approvals.list(admin, Approval.State.APPROVED, 10, null).items().stream()
                .filter(a -> a.runId().equals(run)).findFirst().orElseThrow();
        assertThat(approval.decisions()).singleElement().satisfies(d -> assertThat(d.username())
                .isEqualTo("auto-approve"));
        assertThat(McpJson.write(approval.proposal().get("client"))).contains("\"name\":\"test-client\"",
                "\"user\":\"scripter\"");
    }

    @Test
    void anyOtherActionWaitsForAnApproverAndTheStatusToolTellsTheEnd() throws Exception {
        enable(List.of("note"));
        JsonNode waiting = rpc("tools/call", Map.of("name", "data.set", "arguments", Map.of("greeting", "Hi")))
                .path("result");
        assertThat(waiting.path("isError").asBoolean()).isFalse();
        assertThat(waiting.path("structuredContent").path("status").asText()).isEqualTo("waiting");
        UUID run = runOf(waiting);
        Approval task = engine.approvals.list(manager, Approval.State.PENDING, 10, null).items().stream()
                .filter(a -> a.runId().equals(run)).findFirst().orElseThrow();
        assertThat(task.proposal()).containsEntry("action", "data.set").containsEntry("parameters",
                Map.of("greeting", "Hi"));

        engine.approvals.decide(manager, task.id(), new ApprovalDecision(Approval.Verdict.APPROVE, Optional.empty(),
                Map.of()));

        JsonNode done = awaitStatus(run, "done");
        assertThat(done.path("structuredContent").path("greeting").asText()).isEqualTo("Hi");
        assertThat(done.path("isError").asBoolean()).isFalse();
    }

    @Test
    void aRejectedCallIsAnErrorNamingWhoRejectedIt() throws Exception {
        enable(List.of());
        UUID run = runOf(rpc("tools/call", Map.of("name", "note", "arguments", Map.of("text", "Delete it all")))
                .path("result"));
        Approval task = engine.approvals.list(manager, Approval.State.PENDING, 10, null).items().stream()
                .filter(a -> a.runId().equals(run)).findFirst().orElseThrow();

        engine.approvals.decide(manager, task.id(), new ApprovalDecision(Approval.Verdict.REJECT,
                Optional.of("not today"), Map.of()));

        JsonNode rejected = awaitStatus(run, "rejected");
        assertThat(rejected.path("isError").asBoolean()).isTrue();
        assertThat(rejected.path("content").get(0).path("text").asText()).contains("rejected by manager: not"
                + " today");
    }

    @Test
    void protocolErrorsAreJsonRpcErrorsWithTheSpecifiedCodes() {
        enable(List.of());
        assertThat(rpc("resources/list", Map.of()).path("error").path("code").asInt()).isEqualTo(-32601);
        assertThat(rpc("tools/call", Map.of("name", "ai.classify")).path("error").path("code").asInt())
                .isEqualTo(-32602);
        assertThat(rpc("tools/call", Map.of("name", "note", "arguments", Map.of())).path("error").path("message")
                .asText()).contains("needs the argument 'text'");
        assertThat(rpc("ping", Map.of()).path("result").isObject()).isTrue();
        Response notification = post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", null, null,
                token);
        assertThat(notification.getStatus()).isEqualTo(202);
        Response garbage = post("{not json", null, null, token);
        assertThat(garbage.getStatus()).isEqualTo(400);
        assertThat(body(garbage).path("error").path("code").asInt()).isEqualTo(-32700);
        assertThat(post("[]", null, null, token).getStatus()).isEqualTo(400);
        assertThat(post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\""
                + "x".repeat(1024 * 1024) + "\"}}", null, null, token).getStatus()).isEqualTo(413);
        assertThat(post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", "1999-01-01", null, token).getStatus())
                .isEqualTo(400);
        assertThat(post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", null, "no-such-session", token)
                .getStatus()).isEqualTo(404);
    }

    @Test
    void onlyApiTokensFromAllowedOriginsOfAnOrganisationThatTurnedItOnGetIn() {
        byte[] ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> resource.post(new ByteArrayInputStream(ping), null, null, null, security(token)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problemType())
                        .isEqualTo(McpEndpointResource.ENDPOINT_OFF));
        enable(List.of());
        assertThatThrownBy(() -> resource.post(new ByteArrayInputStream(ping), null, null, null, security(admin)))
                .isInstanceOf(AuthenticationFailedException.class).hasMessageContaining("only API tokens");
        assertThatThrownBy(() -> resource.post(new ByteArrayInputStream(ping), "http://evil.example", null, null,
                security(token))).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problemType()
                        .status()).isEqualTo(403));
        assertThat(resource.post(new ByteArrayInputStream(ping), "https://platina.example.com", null, null,
                security(token)).getStatus()).isEqualTo(200);
        assertThat(resource.post(new ByteArrayInputStream(ping), "http://localhost:8080", null, null,
                security(token)).getStatus()).isEqualTo(200);
        assertThatThrownBy(resource::stream).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(
                e.problemType().status()).isEqualTo(405));
    }

    @Test
    void anotherOrganisationsTokenFindsNeitherTheCallsNorTheSessions() throws Exception {
        enable(List.of());
        String session = initialize();
        UUID run = runOf(rpc("tools/call", Map.of("name", "note", "arguments", Map.of("text", "private")))
                .path("result"));
        TenantId other = database.newTenant();
        Caller otherAdmin = person(other, "chief", BuiltInRole.ADMIN, Caller.Kind.USER);
        endpoint.update(otherAdmin, new EndpointChange(true, List.of(), List.of()));
        Caller stranger = new Caller(other, UUID.randomUUID(), "stranger", Set.of("User"), Set.of(
                Permission.WORKFLOWS_READ, Permission.WORKFLOWS_RUN), Caller.Kind.API_TOKEN, "test");

        JsonNode status = body(post(message("tools/call", Map.of("name", "platina_call_status", "arguments",
                Map.of("runId", run.toString()))), null, null, stranger)).path("result");
        assertThat(status.path("isError").asBoolean()).isTrue();
        assertThat(status.path("content").get(0).path("text").asText()).contains("not found");
        assertThat(post(message("ping", Map.of()), null, session, stranger).getStatus()).isEqualTo(404);
        Caller colleague = new Caller(tenant, UUID.randomUUID(), "colleague", Set.of("User"), token.permissions(),
                Caller.Kind.API_TOKEN, "test");
        assertThat(body(post(message("tools/call", Map.of("name", "platina_call_status", "arguments",
                Map.of("runId", run.toString()))), null, null, colleague)).path("result").path("isError")
                .asBoolean()).as("another person's call").isTrue();
    }

    private void enable(List<String> autoApprove) {
        endpoint.update(admin, new EndpointChange(true, List.of("Manager"), autoApprove));
    }

    private String session;

    private String initialize() {
        Response response = post(message("initialize", Map.of("protocolVersion", "2025-03-26", "capabilities",
                Map.of(), "clientInfo", Map.of("name", "test-client", "version", "0.1"))), null, null, token);
        JsonNode result = body(response).path("result");
        assertThat(result.path("protocolVersion").asText()).isEqualTo("2025-03-26");
        assertThat(result.path("capabilities").has("tools")).isTrue();
        assertThat(response.getHeaderString("MCP-Protocol-Version")).isEqualTo("2025-03-26");
        session = response.getHeaderString("Mcp-Session-Id");
        assertThat(session).isNotBlank();
        return session;
    }

    private JsonNode awaitStatus(UUID run, String status) throws InterruptedException {
        JsonNode result = null;
        for (int i = 0; i < 100; i++) {
            result = rpc("tools/call", Map.of("name", "platina_call_status", "arguments", Map.of("runId",
                    run.toString()))).path("result");
            if (result.path("structuredContent").path("status").asText().equals(status)
                    || !result.path("structuredContent").has("status")) {
                return result;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The call never became " + status + ": " + result);
    }

    private static UUID runOf(JsonNode result) {
        String text = result.path("structuredContent").path("runId").asText(null);
        if (text == null) {
            text = result.path("content").get(0).path("text").asText().replaceAll("(?s).*\\(run ([0-9a-f-]{36})\\).*",
                    "$1");
        }
        return UUID.fromString(text);
    }

    private JsonNode rpc(String method, Map<String, Object> params) {
        return body(post(message(method, params), null, session, token));
    }

    private String message(String method, Map<String, Object> params) {
        return McpJson.write(Map.of("jsonrpc", "2.0", "id", ++ids, "method", method, "params", params));
    }

    private Response post(String body, String version, String sessionId, Caller caller) {
        return resource.post(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), null, sessionId,
                version, security(caller));
    }

    private static JsonNode body(Response response) {
        try {
            return McpJson.MAPPER.readTree((byte[]) response.getEntity());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Caller person(TenantId organization, String username, BuiltInRole role, Caller.Kind kind) {
        return new Caller(organization, UUID.randomUUID(), username, Set.of(role.displayName()), role.permissions(),
                kind, "test");
    }

    private static SecurityContext security(Caller caller) {
        var principal = new CallerPrincipal(caller, "token");
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return caller.roles().contains(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }

    /** An AI step in the palette: never offered to MCP clients. */
    private static final class ReasoningStep implements WorkflowStep {
        @Override
        public StepDescriptor descriptor() {
            return new StepDescriptor("ai.classify", "Classify (AI)", "Picks a label.", "AI", Map.of("type",
                    "object"), Map.of());
        }

        @Override
        public StepOutcome execute(StepExecution execution) {
            return StepOutcome.done(Map.of("label", "none"));
        }
    }
}
