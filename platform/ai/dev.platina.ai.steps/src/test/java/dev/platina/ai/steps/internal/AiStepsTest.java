package dev.platina.ai.steps.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.AiGateway;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ChatResponse;
import dev.platina.ai.api.LanguageModelException;
import dev.platina.ai.api.ToolCall;
import dev.platina.core.api.LimitExceededException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The steps' side of the contract: what they ask the gateway (the gateway itself, with masking, budgets and real
 * providers, is tested in dev.platina.ai.impl) and how they turn its answer or refusal into a step outcome.
 */
class AiStepsTest {

    private static final Caller OWNER = new Caller(new TenantId(UUID.randomUUID()), UUID.randomUUID(), "owner",
            Set.of("Manager"), Permission.all(), Caller.Kind.USER, "test");

    private static final AiEngines EXTERNAL = TestEngines.external();

    private final List<ChatRequest> asked = new ArrayList<>();

    @Test
    void classifyOffersOnlyTheLabelsAndClampsWhatTheModelSays() {
        var step = new ClassifyStep(EXTERNAL, gateway(request -> answer(Map.of("label", "refund", "confidence", 1.7))));

        StepOutcome outcome = step.execute(execution(Map.of("text", "I want my money back",
                "labels", List.of("refund", "question", "complaint"))));

        assertThat(outcome.failure()).isEmpty();
        assertThat(outcome.output()).containsEntry("label", "refund").containsEntry("confidence", 1.0)
                .containsEntry("rationale", "The model gave no rationale.").containsEntry("model", "test-model");
        ChatRequest request = asked.get(0);
        assertThat(request.tools()).singleElement().satisfies(tool -> {
            assertThat(tool.name()).isEqualTo("answer");
            assertThat(tool.inputSchema().toString()).contains("enum=[refund, question, complaint]",
                    "required=[label, confidence, rationale]");
        });
        assertThat(request.system()).contains("exactly one of these labels: refund, question, complaint");
        assertThat(request.messages().get(0).text()).isEqualTo("I want my money back");
    }

    @Test
    void extractAsksForTheAuthorsSchema() {
        var step = new ExtractStep(EXTERNAL, gateway(request -> answer(Map.of("data", Map.of("order", "A-17"), "confidence",
                0.8, "rationale", "The order number is in the first line."))));

        StepOutcome outcome = step.execute(execution(Map.of("text", "Order A-17 arrived broken", "schema",
                Map.of("type", "object", "properties", Map.of("order", Map.of("type", "string"))))));

        assertThat(outcome.output()).containsEntry("data", Map.of("order", "A-17")).containsEntry("confidence", 0.8);
        assertThat(asked.get(0).tools().get(0).inputSchema().toString()).contains("order={type=string}");
    }

    @Test
    void missingInputFailsAtOnceSayingWhat() {
        var step = new SummariseStep(EXTERNAL, gateway(request -> answer(Map.of())));

        StepOutcome outcome = step.execute(execution(Map.of("maxWords", 30)));

        assertThat(outcome.failure()).contains("The step needs 'text' as a text.");
        assertThat(outcome.retryable()).isFalse();
        assertThat(asked).isEmpty();
    }

    @Test
    void aSpentBudgetFailsTheStepAndAnOutageIsRetried() {
        var budget = new DraftStep(EXTERNAL, gateway(request -> {
            throw new LimitExceededException("aiTokensPerMonth", 100, Duration.ofDays(3), "Budget used up.");
        }));
        var outage = new DraftStep(EXTERNAL, gateway(request -> {
            throw new LanguageModelException(LanguageModelException.Kind.UNAVAILABLE, "Anthropic is down.");
        }));
        var shapeless = new DraftStep(EXTERNAL, gateway(request -> new ChatResponse("Sure, here it is", List.of(),
                ChatResponse.StopReason.END, new ChatResponse.Usage(1, 1), "test-model")));
        Map<String, Object> input = Map.of("message", "Where is my parcel?");

        assertThat(budget.execute(execution(input))).satisfies(o -> {
            assertThat(o.failure()).contains("Budget used up.");
            assertThat(o.retryable()).isFalse();
        });
        assertThat(outage.execute(execution(input)).retryable()).isTrue();
        assertThat(shapeless.execute(execution(input))).satisfies(o -> {
            assertThat(o.failure()).hasValueSatisfying(f -> assertThat(f).contains("did not answer in the expected"
                    + " form"));
            assertThat(o.retryable()).isTrue();
        });
    }

    private AiGateway gateway(Function<ChatRequest, ChatResponse> answer) {
        return (caller, purpose, request) -> {
            assertThat(caller).isSameAs(OWNER);
            asked.add(request);
            return answer.apply(request);
        };
    }

    private static ChatResponse answer(Map<String, Object> arguments) {
        return new ChatResponse("", List.of(new ToolCall("call_1", "answer", arguments)),
                ChatResponse.StopReason.TOOL_CALLS, new ChatResponse.Usage(10, 5), "test-model");
    }

    private static StepExecution execution(Map<String, Object> input) {
        return TestExecution.of(OWNER, "ai", input);
    }
}
