package dev.platina.notification.impl.internal;

import dev.platina.identity.api.AuthenticationService;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Page;
import dev.platina.identity.api.User;
import dev.platina.identity.api.UserService;
import dev.platina.notification.api.Notification;
import dev.platina.notification.api.NotificationService;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.Approval;
import dev.platina.workflow.api.ApprovalListener;
import dev.platina.workflow.api.ApprovalService;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells everyone who may decide an approval task that it waits for them, with Approve and Reject buttons; again
 * when it escalates (then the escalation roles are told, and those told before are not told twice).
 */
@Component(service = ApprovalListener.class)
public final class ApprovalNotices implements ApprovalListener {

    static final int LONGEST_PROPOSAL_TEXT = 600;
    private static final Logger LOG = LoggerFactory.getLogger(ApprovalNotices.class);

    private final UserService users;
    private final AuthenticationService identity;
    private final ApprovalService approvals;
    private final NotificationService notifications;
    private final ApprovalActions actions;

    @Activate
    public ApprovalNotices(@Reference UserService users, @Reference AuthenticationService identity,
            @Reference ApprovalService approvals, @Reference NotificationService notifications,
            @Reference ApprovalActions actions) {
        this.users = users;
        this.identity = identity;
        this.approvals = approvals;
        this.notifications = notifications;
        this.actions = actions;
    }

    @Override
    public void awaitingDecision(TenantId organization, UUID approvalId, boolean escalated) {
        Caller platform = Caller.system(organization, "approval-notices");
        Approval approval = approvals.get(platform, approvalId);
        if (approval.state() != Approval.State.PENDING) {
            return;
        }
        int told = 0;
        String cursor = null;
        do {
            Page<User> page = users.list(platform, 200, cursor);
            for (User user : page.items()) {
                if (user.enabled() && mayDecide(organization, user.id(), approvalId)) {
                    notifications.notify(platform, user.id(), notification(organization, approval, user.id()),
                            "approval:" + approvalId + ":" + user.id());
                    told++;
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        LOG.debug("Approval task {} ({}): told {} people", approvalId, escalated ? "escalated" : "opened", told);
    }

    private boolean mayDecide(TenantId organization, UUID userId, UUID approvalId) {
        Optional<Caller> person = identity.actingUser(organization, userId, "approval-notice:" + approvalId);
        return person.isPresent() && approvals.mayDecide(person.get(), approvalId);
    }

    Notification notification(TenantId organization, Approval approval, UUID userId) {
        return new Notification("approval.pending", "Approval needed: " + approval.title(),
                describe(approval.proposal()), Optional.of("/approvals?task=" + approval.id()),
                actions.buttons(organization, approval.id(), userId));
    }

    /** The proposal in plain words: one "name: value" line per parameter, cut short when long. */
    static String describe(Map<String, Object> proposal) {
        var text = new StringBuilder();
        proposal.forEach((name, value) -> text.append(text.length() == 0 ? "" : "\n").append(name).append(": ")
                .append(value));
        return text.length() <= LONGEST_PROPOSAL_TEXT ? text.toString()
                : text.substring(0, LONGEST_PROPOSAL_TEXT - 1) + "…";
    }
}
