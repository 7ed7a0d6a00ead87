package dev.platina.ai.steps.internal;

import dev.platina.ai.api.AiGateway;
import dev.platina.ai.api.ChatMessage;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ChatResponse;
import dev.platina.ai.api.LanguageModelException;
import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.Proposal;
import dev.platina.ai.api.ToolCall;
import dev.platina.ai.api.ToolDefinition;
import dev.platina.core.api.LimitExceededException;
import dev.platina.identity.api.Caller;
import dev.platina.workflow.api.StepOutcome;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A decision by the organisation's language model: each offered action is a tool whose input is the action's
 * parameters plus a draft, a confidence and a rationale; the model answers by calling one. Calling the tool only
 * proposes: nothing is performed here. A few of the organisation's recent accepted cases (masked, from its memory)
 * go into the instructions as examples; the gateway masks the whole conversation again before it leaves.
 */
final class ModelDecision {

    static final int EXAMPLES = 5;
    /** How far back to look for examples: the most recent cases only, not the whole memory the offline engine needs. */
    private static final int RECENT_CASES = 200;
    private static final int LONGEST_EXAMPLE = 600;

    private final AiGateway gateway;
    private final AiEngines engines;

    ModelDecision(AiGateway gateway, AiEngines engines) {
        this.gateway = gateway;
        this.engines = engines;
    }

    DecideStep.Decision decide(Caller caller, String text, Map<String, String> fields, List<OfferedAction> actions,
            String instructions, String engine) {
        Map<String, OfferedAction> byTool = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (OfferedAction action : actions) {
            byTool.put(toolName(action.name(), used), action);
        }
        List<ToolDefinition> tools = byTool.entrySet().stream().map(entry -> new ToolDefinition(entry.getKey(),
                entry.getValue().description(), schema(entry.getValue()))).toList();
        ChatRequest request = new ChatRequest("", system(instructions, caller, actions, engine), List.of(ChatMessage.user(
                caseText(text, fields))), tools, 1500, 0.0);
        ChatResponse response;
        try {
            response = gateway.chat(caller, "decide", request);
        } catch (LimitExceededException e) {
            throw new DecideStep.DecisionFailure(StepOutcome.failed(e.getMessage(), false));
        } catch (LanguageModelException e) {
            throw new DecideStep.DecisionFailure(StepOutcome.failed(e.getMessage(), e.retryable()));
        }
        Optional<ToolCall> call = response.toolCalls().stream().filter(c -> byTool.containsKey(c.name())).findFirst();
        if (call.isEmpty()) {
            throw new DecideStep.DecisionFailure(StepOutcome.failed("The AI model chose none of the offered actions;"
                    + " try again, or give it clearer instructions.", true));
        }
        OfferedAction chosen = byTool.get(call.get().name());
        Map<String, Object> arguments = call.get().arguments();
        Map<String, Object> parameters = arguments.get("parameters") instanceof Map<?, ?> given ? copy(given)
                : Map.of();
        double confidence = arguments.get("confidence") instanceof Number n && !Double.isNaN(n.doubleValue())
                ? Math.max(0, Math.min(1, n.doubleValue())) : 0;
        String rationale = arguments.get("rationale") instanceof String r && !r.isBlank() ? r
                : "The model gave no rationale.";
        String draft = arguments.get("draft") instanceof String d ? d : "";
        var shown = new LinkedHashMap<String, String>();
        parameters.forEach((name, value) -> shown.put(name, String.valueOf(value)));
        Proposal proposal = new Proposal(chosen.name(), shown, draft, confidence, rationale, List.of(),
                engine + (response.model().isBlank() ? "" : ":" + response.model()));
        return new DecideStep.Decision(proposal, chosen, parameters);
    }

    private String system(String instructions, Caller caller, List<OfferedAction> actions, String engine) {
        var system = new StringBuilder("You decide what to do about a case for a company. Choose exactly ONE of"
                + " the tools, each an action the company can take, and call it once. Calling it only proposes the"
                + " action to a person, who approves it. Put the action's input in 'parameters'; if the action"
                + " answers someone, write the reply in 'draft'. Give your confidence from 0 to 1 that this is the"
                + " right action, and a short rationale.");
        if (!instructions.isBlank()) {
            system.append("\n\n").append(instructions);
        }
        Set<String> offered = new HashSet<>();
        actions.forEach(action -> offered.add(action.name()));
        List<PastCase> examples = engines.memory().map(memory -> memory.recall(caller, engine,
                RECENT_CASES).cases()).orElse(List.of()).stream().filter(PastCase::accepted)
                .filter(c -> offered.contains(c.action())).limit(EXAMPLES).toList();
        if (!examples.isEmpty()) {
            system.append("\n\nHow the company decided recent similar cases:");
            for (PastCase example : examples) {
                system.append("\n- Case: ").append(shorten(example.text())).append("\n  Action: ")
                        .append(example.action());
                if (!example.draft().isBlank()) {
                    system.append("\n  Reply: ").append(shorten(example.draft()));
                }
            }
        }
        return system.toString();
    }

    private static String caseText(String text, Map<String, String> fields) {
        if (fields.isEmpty()) {
            return text;
        }
        var known = new StringBuilder(text).append("\n\nKnown about this case:");
        fields.forEach((name, value) -> known.append("\n").append(name).append(": ").append(value));
        return known.toString();
    }

    private static Map<String, Object> schema(OfferedAction action) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("parameters", action.parameterSchema().isEmpty() ? Map.of("type", "object")
                : action.parameterSchema());
        properties.put("draft", Map.of("type", "string", "description", "The reply, if the action answers"
                + " someone"));
        properties.put("confidence", Map.of("type", "number", "minimum", 0, "maximum", 1));
        properties.put("rationale", Map.of("type", "string", "description", "Why, in one or two sentences"));
        return Map.of("type", "object", "properties", properties, "required", List.of("parameters", "confidence",
                "rationale"));
    }

    /** Tool names both providers accept (letters, digits, _ and -, at most 64), unique within the request. */
    static String toolName(String action, Set<String> used) {
        String base = action.replaceAll("[^A-Za-z0-9_-]", "_");
        base = base.length() > 60 ? base.substring(0, 60) : base;
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > LONGEST_EXAMPLE ? line.substring(0, LONGEST_EXAMPLE) + "..." : line;
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        var copied = new LinkedHashMap<String, Object>();
        map.forEach((key, value) -> copied.put(String.valueOf(key), value));
        return copied;
    }
}
