package dev.platina.workflow.api;

import dev.platina.identity.api.Caller;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Inbound webhooks of workflows triggered by {@code webhook}. A call is signed with the workflow's secret:
 * {@code signature} is {@code sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">}, the timestamp is in unix
 * seconds and must be within {@link #TOLERANCE_SECONDS} of the server's clock.
 */
@ProviderType
public interface WebhookService {

    /** How far a signed timestamp may be from now, either way, before the call is refused as a replay. */
    long TOLERANCE_SECONDS = 300;

    /** The largest body a webhook accepts. */
    int MAX_BODY_BYTES = 256 * 1024;

    /**
     * Verifies the call and starts a run with its JSON body; a delivery id seen before starts nothing and answers
     * the run it started then.
     *
     * @throws dev.platina.core.api.AuthenticationFailedException for a missing, stale or wrong signature and for a
     *     workflow that does not exist or has no webhook trigger, with one message for all, so a caller without the
     *     secret learns nothing about which workflows exist
     * @throws dev.platina.core.api.InvalidInputException when a correctly signed body is not JSON
     */
    WebhookReceipt receive(UUID workflowId, WebhookRequest request);

    /**
     * Replaces the workflow's webhook secret with a new random one and returns it; this is the only time it is
     * shown. Needs {@code workflows:edit}.
     *
     * @throws dev.platina.core.api.NotFoundException when the organisation has no such workflow
     * @throws dev.platina.core.api.ConflictException when the workflow's current version is not triggered by webhook
     */
    String rotateSecret(Caller caller, UUID workflowId);
}
