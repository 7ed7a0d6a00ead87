package dev.platina.workflow.engine.internal;

import java.util.List;
import java.util.Optional;

/**
 * Who may decide an approval task: holders of one of {@code roles}, or of {@code permission}, or the named users;
 * {@code approvals} of them must approve. {@code editable} lets approvers change the proposed parameters.
 * {@code escalateTo} are the roles that may also decide once the task expired and escalated.
 */
record ApprovalPolicy(List<String> roles, Optional<String> permission, List<String> users, int approvals,
        boolean editable, List<String> escalateTo) {
}
