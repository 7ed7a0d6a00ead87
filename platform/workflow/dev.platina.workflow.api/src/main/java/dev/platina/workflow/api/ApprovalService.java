package dev.platina.workflow.api;

import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Page;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The approval tasks of the caller's organisation. Reading needs {@code approvals:read}; deciding needs
 * {@code approvals:decide} and a place in the task's policy (its roles, permission or named users, the
 * organisation's tier for the amount, and after an escalation the escalation roles).
 */
@ProviderType
public interface ApprovalService {

    /**
     * Tasks in {@code state}, oldest first. For {@link Approval.State#PENDING} only those the caller may decide and
     * has not decided yet; other states list every task of the organisation in that state.
     */
    Page<Approval> list(Caller caller, Approval.State state, int limit, String cursor);

    Approval get(Caller caller, UUID approvalId);

    /**
     * Records the caller's decision. Enough approvals (or any rejection) decide the task, and the run goes on at once.
     *
     * @throws dev.platina.core.api.AccessDeniedException when the policy does not let the caller decide it
     * @throws dev.platina.core.api.ConflictException when the task is no longer pending or the caller decided it
     * @throws dev.platina.core.api.InvalidInputException when edits are not allowed or name unknown parameters
     */
    Approval decide(Caller caller, UUID approvalId, ApprovalDecision decision);

    /**
     * Whether {@code person} may decide the pending task now (its policy, tier and escalation) and has not yet;
     * false for tasks that are no longer pending. For telling the right people about a task.
     */
    boolean mayDecide(Caller person, UUID approvalId);

    /** The organisation's approval tiers, lowest amount first. */
    List<ApprovalTier> tiers(Caller caller);

    /** Replaces the organisation's approval tiers; needs {@code settings:write}. Applies to tasks created later. */
    List<ApprovalTier> replaceTiers(Caller caller, List<ApprovalTier> tiers);
}
