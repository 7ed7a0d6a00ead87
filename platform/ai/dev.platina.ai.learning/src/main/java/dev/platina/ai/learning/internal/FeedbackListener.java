package dev.platina.ai.learning.internal;

import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.Approval;
import dev.platina.workflow.api.ApprovalOutcomeListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns settled approvals into feedback. Runs on the engine's thread after the approval committed, without a
 * caller: the work runs in the approval's own organisation's transaction.
 */
@Component(service = ApprovalOutcomeListener.class)
public final class FeedbackListener implements ApprovalOutcomeListener {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackListener.class);

    private final OrganisationMemory memory;

    @Activate
    public FeedbackListener(@Reference OrganisationMemory memory) {
        this.memory = memory;
    }

    @Override
    public void settled(TenantId organization, Approval approval) {
        try {
            FeedbackRecorder.Result result = memory.settled(organization, approval);
            LOG.debug("Approval {} of organisation {}: {}", approval.id(), organization, result);
        } catch (RuntimeException e) {
            // Feedback is worth less than the engine's thread: log ids and the kind of failure, and go on.
            // Not the message: a database error can quote the row it failed on.
            LOG.warn("Could not learn from approval {} of organisation {}: {}", approval.id(), organization,
                    Failures.describe(e));
        }
    }
}
