package dev.platina.workflow.engine.internal;

import dev.platina.workflow.api.Approval;
import dev.platina.workflow.engine.internal.steps.PerformActionStep;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The action an {@code action.perform} step carries out: read from the approval task its run opened at the named
 * node, which must be approved. Either the action and its parameters, or why there is none (a permanent failure:
 * performing something not approved must never be retried into happening).
 */
record ApprovedAction(String stepType, Map<String, Object> parameters, String refusal) {

    static ApprovedAction of(Connection c, ApprovalStore approvals, UUID runId, Map<String, Object> input)
            throws SQLException {
        if (!(input.get("approval") instanceof String node) || node.isBlank()) {
            return refused("'action.perform' needs 'approval': the id of the approval node whose proposal to"
                    + " perform.");
        }
        var task = approvals.latestOf(c, runId, node);
        if (task.isEmpty()) {
            return refused("This run has no approval task at '" + node + "', so there is nothing approved to"
                    + " perform.");
        }
        if (task.get().state() != Approval.State.APPROVED) {
            return refused("The approval at '" + node + "' is " + task.get().state().name().toLowerCase()
                    + ", not approved: nothing is performed.");
        }
        Map<String, Object> proposal = task.get().proposal();
        if (!(proposal.get("action") instanceof String action) || action.isBlank()) {
            return refused("The approved proposal at '" + node + "' names no 'action' to perform.");
        }
        if (action.equals(PerformActionStep.TYPE)) {
            return refused("An approved proposal cannot ask to perform another approval.");
        }
        Object parameters = proposal.getOrDefault("parameters", Map.of());
        if (!(parameters instanceof Map<?, ?> map)) {
            return refused("The approved proposal at '" + node + "' has 'parameters' that are not an object.");
        }
        var copied = new LinkedHashMap<String, Object>();
        map.forEach((key, value) -> copied.put(String.valueOf(key), value));
        return new ApprovedAction(action, copied, null);
    }

    private static ApprovedAction refused(String reason) {
        return new ApprovedAction(null, Map.of(), reason);
    }

    boolean refused() {
        return refusal != null;
    }

    /** The performed step's output, under the action's name so later steps can tell what was done. */
    Map<String, Object> wrap(Map<String, Object> output) {
        var wrapped = new LinkedHashMap<String, Object>();
        wrapped.put("action", stepType);
        wrapped.put("output", output);
        return wrapped;
    }
}
