package dev.platina.ai.mcp.internal;

import java.util.List;

/** New MCP endpoint settings; lists left out are empty. */
record EndpointChange(boolean enabled, List<String> approverRoles, List<String> autoApproveActions) {

    EndpointChange {
        approverRoles = approverRoles == null ? List.of() : List.copyOf(approverRoles);
        autoApproveActions = autoApproveActions == null ? List.of() : List.copyOf(autoApproveActions);
    }
}
