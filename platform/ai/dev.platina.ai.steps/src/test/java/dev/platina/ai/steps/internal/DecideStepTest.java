package dev.platina.ai.steps.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.AiGateway;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ChatResponse;
import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.ToolCall;
import dev.platina.ai.api.ToolDefinition;
import dev.platina.ai.api.ToolSource;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code ai.decide} on the real offline engine with the real masker, and with a language model through the gateway:
 * which actions it offers, what it proposes and remembers, and how it reports confidence.
 */
class DecideStepTest {

    private static final Caller OWNER = new Caller(new TenantId(UUID.randomUUID()), UUID.randomUUID(), "owner",
            Set.of("Manager"), Permission.all(), Caller.Kind.USER, "test");
    private static final List<StepDescriptor> STEP_TYPES = List.of(
            step("refund.issue", "Payments", "Refunds an order to the customer"),
            step("order.status", "Shop", "Tells the customer where their order is"),
            step("ai.classify", "AI", "Classifies text"),
            step("action.perform", "Basics", "Performs an approved action"),
            step("mcp.tool", "Tools", "Calls a tool of an MCP server"));
    private static final String MAIL = "Dear shop, I am Dora Smith (dora.smith@example.com). The kettle of order"
            + " A-1234 arrived broken and I want my money back please.";

    private final List<ChatRequest> asked = new ArrayList<>();

    @Test
    void theOfflineEngineProposesFromTheOrganisationsPastCasesAndRemembersTheProposal() {
        AiEngines engines = TestEngines.offline(STEP_TYPES);
        var memory = new TestEngines.Memory();
        memory.cases.addAll(List.of(
                pastCase("c1", "The toaster came damaged, please refund me.", "refund.issue"),
                pastCase("c2", "I would like my money back, the blender is broken.", "refund.issue"),
                pastCase("c3", "Where is my parcel? It has not arrived yet.", "order.status"),
                pastCase("c4", "When will my order be delivered?", "order.status")));
        engines.bindMemory(memory);
        var step = new DecideStep(refusingGateway(), engines);

        StepOutcome outcome = step.execute(execution(Map.of("text", MAIL, "fields", Map.of("name", "Dora Smith",
                "order", "A-1234"), "actions", List.of(Map.of("action", "refund.issue", "draft",
                        "Dear {name}, we are refunding order {order}.", "parameters", Map.of("order", "{order}",
                                "message", "{draft}")), "order.status"))));

        assertThat(outcome.failure()).isEmpty();
        assertThat(outcome.output()).containsEntry("action", "refund.issue").containsEntry("engine", "offline")
                .containsEntry("draft", "Dear Dora Smith, we are refunding order A-1234.")
                .containsEntry("parameters", Map.of("order", "A-1234", "message",
                        "Dear Dora Smith, we are refunding order A-1234."));
        assertThat((Double) outcome.output().get("confidence")).isBetween(0.0, 1.0);
        assertThat(outcome.output().get("rationale").toString()).contains("refund.issue");
        assertThat((List<?>) outcome.output().get("precedents")).isNotEmpty();
        assertThat(memory.recalledFor).containsExactly("offline");
        assertThat(memory.remembered).singleElement().satisfies(line -> assertThat(line).startsWith("decide|" + MAIL
                + "|refund.issue|"));
        assertThat(asked).as("nothing leaves for a model").isEmpty();
    }

    @Test
    void theConfidenceIsCalibratedAgainstPastOutcomesAndTheRawOneKept() {
        AiEngines engines = TestEngines.offline(STEP_TYPES);
        var memory = new TestEngines.Memory();
        memory.calibration = raw -> 0.25;
        memory.outcomes = 40;
        engines.bindMemory(memory);

        StepOutcome outcome = new DecideStep(refusingGateway(), engines).execute(execution(Map.of("text", MAIL,
                "actions", List.of("refund.issue", "order.status"))));

        assertThat(outcome.output()).containsEntry("confidence", 0.25);
        assertThat(outcome.output().get("rationale").toString()).contains("calibrated to 25% from 40 past"
                + " decisions");
        String remembered = memory.remembered.get(0);
        assertThat(Double.parseDouble(remembered.substring(remembered.lastIndexOf('|') + 1)))
                .as("the raw confidence is remembered").isCloseTo((Double) outcome.output().get("rawConfidence"),
                        org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void aModelSeesEveryUsableActionAsAToolAndOnlyProposes() {
        AiEngines engines = TestEngines.engines(TestEngines.external().settings(OWNER), STEP_TYPES);
        engines.addToolSource(new ToolSource() {
            @Override
            public String stepType() {
                return "mcp.tool";
            }

            @Override
            public List<ToolDefinition> tools(Caller caller) {
                return List.of(new ToolDefinition("crm__lookup", "Looks a customer up in the CRM", Map.of("type",
                        "object", "properties", Map.of("email", Map.of("type", "string")))));
            }
        });
        AiGateway gateway = (caller, purpose, request) -> {
            asked.add(request);
            return new ChatResponse("", List.of(new ToolCall("t1", "crm__lookup", Map.of("parameters", Map.of(
                    "email", "dora.smith@example.com"), "confidence", 0.7, "rationale", "Who is she?"))),
                    ChatResponse.StopReason.TOOL_CALLS, new ChatResponse.Usage(10, 5), "claude-test");
        };

        StepOutcome outcome = new DecideStep(gateway, engines).execute(execution(Map.of("text", MAIL)));

        assertThat(asked.get(0).tools()).extracting(ToolDefinition::name).containsExactly("refund_issue",
                "order_status", "crm__lookup");
        assertThat(asked.get(0).tools().get(0).inputSchema().toString()).contains("required=[parameters,"
                + " confidence, rationale]");
        assertThat(outcome.output()).containsEntry("action", "mcp.tool").containsEntry("proposed", "crm__lookup")
                .containsEntry("parameters", Map.of("tool", "crm__lookup", "arguments", Map.of("email",
                        "dora.smith@example.com")))
                .containsEntry("confidence", 0.7).containsEntry("engine", "anthropic:claude-test");
    }

    @Test
    void anActionTheOrganisationCannotUseIsRefusedByName() {
        StepOutcome outcome = new DecideStep(refusingGateway(), TestEngines.offline(STEP_TYPES)).execute(execution(
                Map.of("text", MAIL, "actions", List.of("refund.issue", "action.perform"))));

        assertThat(outcome.failure()).contains("'action.perform' is not an action this organisation can use (no"
                + " such step type or tool, or its skill is not enabled).");
        assertThat(outcome.retryable()).isFalse();
    }

    private AiGateway refusingGateway() {
        return (caller, purpose, request) -> {
            asked.add(request);
            throw new AssertionError("The offline engine must not call a model");
        };
    }

    private static PastCase pastCase(String id, String text, String action) {
        return new PastCase(id, text, action, Map.of(), "", PastCase.Outcome.APPROVED);
    }

    private static StepDescriptor step(String type, String category, String description) {
        return new StepDescriptor(type, type, description, category, Map.of("type", "object"), Map.of());
    }

    static StepExecution execution(Map<String, Object> input) {
        return TestExecution.of(OWNER, "decide", input);
    }
}
