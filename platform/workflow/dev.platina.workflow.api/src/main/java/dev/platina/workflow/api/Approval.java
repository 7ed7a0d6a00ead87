package dev.platina.workflow.api;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A decision a run waits for: what is proposed, who may decide it and what has been decided so far. The run goes on
 * along the approval's {@code next} path once enough people approved, along {@code onReject} when anyone rejected
 * or the task expired.
 *
 * @param proposal the parameters as they stand now, with the edits of approvers who were allowed to edit
 * @param approvalsNeeded how many approvals the policy asks for
 * @param requiredRole the role the organisation's approval tiers ask of deciders for this amount, if any
 * @param escalated whether the task expired once and the escalation roles may now decide it too
 */
public record Approval(
        UUID id,
        UUID runId,
        UUID workflowId,
        String nodeId,
        String title,
        Map<String, Object> proposal,
        State state,
        boolean editable,
        int approvalsNeeded,
        Optional<String> requiredRole,
        Instant createdAt,
        Optional<Instant> expiresAt,
        boolean escalated,
        Optional<Instant> decidedAt,
        List<Decision> decisions) {

    public enum State {
        PENDING,
        APPROVED,
        REJECTED,
        EXPIRED,
        CANCELLED
    }

    public enum Verdict {
        APPROVE,
        REJECT
    }

    /** One person's decision, with the comment and the edits they made. */
    public record Decision(String username, Verdict verdict, Optional<String> comment, Map<String, Object> edits,
            Instant decidedAt) {

        public Decision {
            edits = Collections.unmodifiableMap(new LinkedHashMap<>(edits));
        }
    }

    public Approval {
        proposal = Collections.unmodifiableMap(new LinkedHashMap<>(proposal));
        decisions = List.copyOf(decisions);
    }
}
