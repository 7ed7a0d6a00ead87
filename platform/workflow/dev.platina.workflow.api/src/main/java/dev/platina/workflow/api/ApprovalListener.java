package dev.platina.workflow.api;

import dev.platina.persistence.api.TenantId;
import java.util.UUID;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when an approval task starts waiting for people: when it opens, and again when it escalates (then more
 * people may decide it). Register as a service (whiteboard); called after the task's transaction committed, on the
 * engine's own thread, so a slow listener delays other listeners but never a run.
 */
@ConsumerType
public interface ApprovalListener {

    void awaitingDecision(TenantId organization, UUID approvalId, boolean escalated);
}
