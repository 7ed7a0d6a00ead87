package dev.platina.workflow.api;

import dev.platina.persistence.api.TenantId;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when an approval task is settled (approved, rejected, expired or cancelled, by people or by the policy's
 * confidence rule), with the task as it was settled: the final proposal with approvers' edits, and every decision.
 * Register as a service (whiteboard); called after the settling transaction committed, on the engine's own thread.
 * A node that stops between the commit and the call loses the notice: listeners that must not miss one re-read
 * settled tasks themselves.
 */
@ConsumerType
public interface ApprovalOutcomeListener {

    void settled(TenantId organization, Approval approval);
}
