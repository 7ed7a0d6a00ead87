package dev.platina.ai.mcp.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether MCP clients may call the organisation's step types, who approves their calls ({@code approverRoles};
 * none: anyone who may decide approvals), which actions are approved without a person, and the workflow that
 * carries the calls.
 */
record EndpointSettings(boolean enabled, List<String> approverRoles, List<String> autoApproveActions,
        Optional<UUID> workflowId, Optional<Instant> updatedAt, Optional<String> updatedBy) {

    static final EndpointSettings OFF = new EndpointSettings(false, List.of(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty());

    EndpointSettings {
        approverRoles = List.copyOf(approverRoles);
        autoApproveActions = List.copyOf(autoApproveActions);
    }
}
