package dev.platina.ai.steps.internal;

import dev.platina.ai.api.AiGateway;
import dev.platina.ai.api.ChatMessage;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ChatResponse;
import dev.platina.ai.api.LanguageModelException;
import dev.platina.ai.api.ToolCall;
import dev.platina.ai.api.ToolDefinition;
import dev.platina.core.api.LimitExceededException;
import dev.platina.identity.api.Caller;
import dev.platina.workflow.api.StepOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the organisation's model for an answer in a fixed shape: the model must call one tool, {@code answer},
 * whose input schema is the shape, so the answer arrives as JSON both providers check. Confidence is clamped to
 * 0..1 and a rationale is required, so every AI output in a run says how sure it is and why.
 */
final class StructuredAnswer {

    static final String TOOL = "answer";

    private StructuredAnswer() {
    }

    static StepOutcome ask(AiGateway gateway, Caller caller, AiTask task) {
        ChatRequest request = new ChatRequest("", task.instructions() + "\n\nAlways reply by calling the tool '"
                + TOOL + "' exactly once. Give a confidence between 0 and 1 and a short rationale.",
                List.of(ChatMessage.user(task.text())), List.of(new ToolDefinition(TOOL,
                        "Give the answer, with your confidence (0 to 1) and a short rationale.",
                        task.answerSchema())), task.maxTokens(), 0.0);
        ChatResponse response;
        try {
            response = gateway.chat(caller, task.purpose(), request);
        } catch (LimitExceededException e) {
            return StepOutcome.failed(e.getMessage(), false);
        } catch (LanguageModelException e) {
            return StepOutcome.failed(e.getMessage(), e.retryable());
        }
        Optional<ToolCall> answer = response.toolCalls().stream().filter(call -> call.name().equals(TOOL))
                .findFirst();
        if (answer.isEmpty()) {
            return StepOutcome.failed("The AI model did not answer in the expected form (no '" + TOOL
                    + "' call); try again or choose another model.", true);
        }
        return StepOutcome.done(normalised(answer.get().arguments(), response));
    }

    private static Map<String, Object> normalised(Map<String, Object> arguments, ChatResponse response) {
        Map<String, Object> output = new LinkedHashMap<>(arguments);
        double confidence = arguments.get("confidence") instanceof Number n ? n.doubleValue() : 0.0;
        output.put("confidence", Math.max(0.0, Math.min(1.0, Double.isNaN(confidence) ? 0.0 : confidence)));
        Object rationale = arguments.get("rationale");
        output.put("rationale", rationale instanceof String text && !text.isBlank() ? text
                : "The model gave no rationale.");
        output.put("model", response.model());
        return output;
    }

    /** A schema of an object with these properties plus confidence and rationale, all required. */
    static Map<String, Object> schema(Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("confidence", Map.of("type", "number", "minimum", 0, "maximum", 1,
                "description", "How sure you are, from 0 to 1"));
        all.put("rationale", Map.of("type", "string", "description", "Why, in one or two sentences"));
        return Map.of("type", "object", "properties", all, "required", List.copyOf(all.keySet()));
    }
}
