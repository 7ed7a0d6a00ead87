package dev.platina.notification.impl.internal;

import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.SecretCipher;
import dev.platina.identity.api.AuthenticationService;
import dev.platina.identity.api.Caller;
import dev.platina.notification.api.ApprovalButtons;
import dev.platina.notification.api.NotificationAction;
import dev.platina.notification.api.NotificationService;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.Approval;
import dev.platina.workflow.api.ApprovalDecision;
import dev.platina.workflow.api.ApprovalService;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Approve and Reject buttons in notifications and in the app's offline queue, and what happens when one is pressed. */
@Component(service = {ApprovalActions.class, ApprovalButtons.class})
public final class ApprovalActions implements ApprovalButtons {

    static final String PATH = "/api/v1/approval-actions/";

    private final ActionTokens tokens;
    private final AuthenticationService identity;
    private final ApprovalService approvals;
    private final NotificationService notifications;

    @Activate
    public ApprovalActions(@Reference SecretCipher cipher, @Reference AuthenticationService identity,
            @Reference ApprovalService approvals, @Reference NotificationService notifications) {
        this(new ActionTokens(InstallationKey.load(Path.of(System.getProperty("karaf.data", "data"),
                "notification", "action-token.key"), cipher, "notification-action-tokens")), identity, approvals,
                notifications);
    }

    ApprovalActions(ActionTokens tokens, AuthenticationService identity, ApprovalService approvals,
            NotificationService notifications) {
        this.tokens = tokens;
        this.identity = identity;
        this.approvals = approvals;
        this.notifications = notifications;
    }

    @Override
    public List<NotificationAction> forCaller(Caller caller, UUID approvalId) {
        if (caller.userId() == null || !approvals.mayDecide(caller, approvalId)) {
            return List.of();
        }
        return buttons(caller.organization(), approvalId, caller.userId());
    }

    /** The two buttons for one person and one task. */
    List<NotificationAction> buttons(TenantId organization, UUID approvalId, UUID userId) {
        Instant now = Instant.now();
        return List.of(
                new NotificationAction("approve", "Approve", PATH + approvalId,
                        tokens.issue(organization, approvalId, userId, Approval.Verdict.APPROVE.name(), now)),
                new NotificationAction("reject", "Reject", PATH + approvalId,
                        tokens.issue(organization, approvalId, userId, Approval.Verdict.REJECT.name(), now)));
    }

    /**
     * Takes the decision a token stands for, as its person, under the task's policy as it is now.
     *
     * @throws AuthenticationFailedException when the token is not valid for this task (forged, expired, another
     *         task's), or its person can no longer act
     */
    Approval act(UUID approvalId, String token, Optional<String> comment) {
        Optional<ActionTokens.Grant> grant = tokens.verify(token, Instant.now())
                .filter(g -> g.approvalId().equals(approvalId));
        if (grant.isEmpty()) {
            throw new AuthenticationFailedException("This button has expired or is not valid. Open the approval in"
                    + " Platina to decide it.");
        }
        Caller person = identity.actingUser(grant.get().organization(), grant.get().userId(),
                "notification-action:" + approvalId).orElseThrow(() -> new AuthenticationFailedException(
                        "Your account can no longer decide approvals. Ask an administrator."));
        try {
            return approvals.decide(person, approvalId, new ApprovalDecision(Approval.Verdict.valueOf(
                    grant.get().verdict()), comment.or(() -> Optional.of("Decided from a notification")), Map.of()));
        } catch (ConflictException e) {
            // The button was pressed (or queued offline) before someone else decided: say who, and that it did nothing.
            Approval now = approvals.get(person, approvalId);
            if (now.state() == Approval.State.PENDING) {
                throw e;
            }
            throw new ConflictException(DecidedMeanwhile.message(now, person.username(), zoneOf(person)));
        }
    }

    /** Times in a message are in the person's own time zone, as their notification settings name it. */
    private ZoneId zoneOf(Caller person) {
        try {
            return notifications.preferences(person).timeZone();
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
