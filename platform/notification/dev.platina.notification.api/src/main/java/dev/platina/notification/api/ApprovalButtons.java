package dev.platina.notification.api;

import dev.platina.identity.api.Caller;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one-tap Approve and Reject actions of an approval task for one person, as notifications carry them: each a URL
 * that takes a POST with its signed token and decides as that person, without a session. The web app hands them to
 * its pages so that a decision taken offline can be sent once the connection is back, even after the session ended.
 */
@ProviderType
public interface ApprovalButtons {

    /**
     * The approve and reject actions for the caller on this task; empty when the caller may not decide it now (or is
     * not a person). Tokens are secrets of the caller: never log them.
     */
    List<NotificationAction> forCaller(Caller caller, UUID approvalId);
}
