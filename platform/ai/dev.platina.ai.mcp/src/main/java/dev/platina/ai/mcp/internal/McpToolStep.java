package dev.platina.ai.mcp.internal;

import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Calls a tool of one of the organisation's outside MCP servers, acting for the run's caller. Workflows reach it
 * after an approval (the {@code action.perform} step performs an approved proposal), so the AI never calls a
 * tool itself. A tool's own error fails the step for good with the tool's words; an unreachable or overloaded
 * server is retried under the step's retry policy.
 */
@Component(service = WorkflowStep.class)
public final class McpToolStep implements WorkflowStep {

    static final String TYPE = "mcp.tool";

    static final StepDescriptor DESCRIPTOR = new StepDescriptor(TYPE, "MCP tool",
            "Calls a tool of one of your organisation's MCP servers, named <server>__<tool>.", "Tools",
            Map.of("type", "object", "required", List.of("tool"), "properties", Map.of(
                    "tool", Map.of("type", "string", "description", "The tool as <server>__<tool>"),
                    "arguments", Map.of("type", "object", "description", "The tool's arguments"))),
            Map.of("type", "object", "properties", Map.of(
                    "content", Map.of("type", "array", "items", Map.of("type", "string")),
                    "text", Map.of("type", "string"),
                    "structuredContent", Map.of("type", "object"))));

    private final McpServers servers;

    @Activate
    public McpToolStep(@Reference McpServers servers) {
        this.servers = servers;
    }

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    @SuppressWarnings("unchecked")
    public StepOutcome execute(StepExecution execution) {
        Object tool = execution.input().get("tool");
        Object arguments = execution.input().getOrDefault("arguments", Map.of());
        if (!(tool instanceof String name) || name.isBlank()) {
            return StepOutcome.failed("The step needs 'tool' as <server>__<tool>.", false);
        }
        if (!(arguments instanceof Map<?, ?>)) {
            return StepOutcome.failed("The step's 'arguments' must be a JSON object.", false);
        }
        ToolResult result;
        try {
            result = servers.call(execution.caller(), name, (Map<String, Object>) arguments, java.util.Optional.of(
                    execution.idempotencyKey()));
        } catch (McpException e) {
            return StepOutcome.failed(e.getMessage(), e.retryable());
        } catch (InvalidInputException | NotFoundException | AccessDeniedException e) {
            return StepOutcome.failed(e.getMessage(), false);
        }
        if (result.isError()) {
            return StepOutcome.failed("The tool " + name + " reported an error: " + (result.text().isBlank()
                    ? "(no text)" : result.text()), false);
        }
        var output = new LinkedHashMap<String, Object>();
        output.put("content", result.texts());
        output.put("text", result.text());
        result.structuredContent().ifPresent(structured -> output.put("structuredContent", structured));
        return StepOutcome.done(output);
    }
}
