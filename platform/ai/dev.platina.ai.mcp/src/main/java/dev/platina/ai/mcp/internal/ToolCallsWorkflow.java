package dev.platina.ai.mcp.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workflow that carries MCP clients' tool calls: an approval of the proposed action, then the
 * {@code action.perform} step that performs exactly the approved proposal. MCP clients state no confidence, so
 * the only calls approved without a person are those whose action the administrator listed: they are written as
 * a threshold of 1 that the fixed confidence 1 meets.
 */
final class ToolCallsWorkflow {

    static final String NAME = "MCP tool calls";
    static final String APPROVAL_NODE = "approve";
    static final String PERFORM_NODE = "perform";

    private ToolCallsWorkflow() {
    }

    static Map<String, Object> definition(List<String> approverRoles, List<String> autoApproveActions) {
        var policy = new LinkedHashMap<String, Object>();
        if (!approverRoles.isEmpty()) {
            policy.put("roles", approverRoles);
        }
        if (!autoApproveActions.isEmpty()) {
            var thresholds = new LinkedHashMap<String, Object>();
            autoApproveActions.forEach(action -> thresholds.put(action, 1));
            policy.put("autoApprove", Map.of("confidence", 1, "thresholds", thresholds));
        }
        var approval = new LinkedHashMap<String, Object>();
        approval.put("id", APPROVAL_NODE);
        approval.put("type", "approval");
        approval.put("title", "An MCP client asks to run a step");
        approval.put("proposal", Map.of("action", "=input.tool", "parameters", "=input.arguments", "client",
                "=input.client"));
        approval.put("policy", policy);
        approval.put("next", PERFORM_NODE);
        approval.put("onReject", "done");
        var definition = new LinkedHashMap<String, Object>();
        definition.put("name", NAME);
        definition.put("description", "Tool calls from MCP clients signed in with API tokens. Each call runs only"
                + " after approval; the actions listed in the MCP endpoint settings are approved at once.");
        definition.put("trigger", Map.of("type", "manual"));
        definition.put("start", APPROVAL_NODE);
        definition.put("nodes", List.of(approval,
                Map.of("id", PERFORM_NODE, "type", "step", "step", "action.perform", "input",
                        Map.of("approval", APPROVAL_NODE), "next", "done"),
                Map.of("id", "done", "type", "end")));
        return definition;
    }
}
