package dev.platina.workflow.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.audit.api.AuditLog;
import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.LimitExceededException;
import dev.platina.core.api.NotFoundException;
import dev.platina.core.api.SecretCipher;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.WebhookReceipt;
import dev.platina.workflow.api.WebhookRequest;
import dev.platina.workflow.api.WebhookService;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Verifies signed webhook calls and starts their workflow's run. Every refusal that could tell a caller without
 * the secret whether a workflow exists (unknown workflow, no webhook trigger, wrong signature) gives the same
 * answer, after the same HMAC work.
 */
@Component(service = WebhookService.class)
public final class DefaultWebhookService implements WebhookService {

    static final String NOT_VERIFIED = "The webhook call could not be verified: the signature does not match this"
            + " workflow's webhook secret, or the workflow has no webhook.";
    private static final Duration TOLERANCE = Duration.ofSeconds(TOLERANCE_SECONDS);
    /** Stands in for a secret when there is none, so a refusal costs the same time either way. */
    private static final byte[] NO_SECRET = new byte[64];

    private final TaskStore store;
    private final TriggeredStarts starts;
    private final WebhookSecrets secrets;
    private final TriggerIndex triggers;
    private final PermissionGuard guard;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    @Activate
    public DefaultWebhookService(@Reference WorkflowEngine engine, @Reference SecretCipher cipher,
            @Reference AuditLog audit) {
        this(engine, cipher, audit, Clock.systemUTC());
    }

    DefaultWebhookService(WorkflowEngine engine, SecretCipher cipher, AuditLog audit, Clock clock) {
        this.store = engine.store();
        this.starts = engine.starts();
        this.secrets = new WebhookSecrets(cipher);
        this.triggers = new TriggerIndex(secrets, clock);
        this.guard = new PermissionGuard(audit);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public WebhookReceipt receive(UUID workflowId, WebhookRequest request) {
        if (!WebhookSignature.wellFormed(request.timestamp(), request.signature())) {
            throw new AuthenticationFailedException("Sign the call: send X-Platina-Timestamp (unix seconds),"
                    + " X-Platina-Delivery and X-Platina-Signature: sha256=<hex HMAC-SHA256 of"
                    + " \"<timestamp>.<body>\" with the workflow's webhook secret>.");
        }
        if (!WebhookSignature.fresh(request.timestamp(), clock.instant(), TOLERANCE)) {
            throw new AuthenticationFailedException("X-Platina-Timestamp is more than " + TOLERANCE_SECONDS
                    + " seconds away from the server's time; sign each call when sending it (and keep the sender's"
                    + " clock right).");
        }
        if (request.body().length > MAX_BODY_BYTES) {
            throw new LimitExceededException("webhookBodyBytes", MAX_BODY_BYTES, null, "The body has more than "
                    + MAX_BODY_BYTES + " bytes (256 KiB), the most a webhook accepts.");
        }
        Optional<TenantId> tenant = store.transactions().withoutTenant(c -> TriggerIndex.webhookTenant(c, workflowId));
        if (tenant.isEmpty()) {
            WebhookSignature.matches(NO_SECRET, request.timestamp(), request.body(), request.signature());
            throw new AuthenticationFailedException(NOT_VERIFIED);
        }
        return store.transactions().inTenant(tenant.get(), c -> {
            TriggerIndex.Webhook webhook = TriggerIndex.webhook(c, workflowId)
                    .orElseThrow(() -> new AuthenticationFailedException(NOT_VERIFIED));
            byte[] key = secrets.key(workflowId, webhook.encryptedSecret());
            if (!WebhookSignature.matches(key, request.timestamp(), request.body(), request.signature())) {
                throw new AuthenticationFailedException(NOT_VERIFIED);
            }
            String deliveryId = WebhookDeliveries.deliveryId(request.deliveryId());
            Object body = body(request.body());
            TaskStore.RunStart start = starts.start(c, tenant.get(), workflowId, webhook.version(),
                    body instanceof Map<?, ?> ? asObject(body) : Map.of("body", body), "webhook:" + deliveryId,
                    WebhookDeliveries.trigger(body, request.headers(), deliveryId, clock.instant()), "webhook");
            return new WebhookReceipt(start.id(), !start.created());
        });
    }

    @Override
    public String rotateSecret(Caller caller, UUID workflowId) {
        guard.require(caller, Permission.WORKFLOWS_EDIT, "workflow.webhook.secret.rotate", "workflow", workflowId);
        String secret = secrets.generate();
        store.transactions().inTenant(caller.organization(), c -> {
            if (triggers.replaceSecret(c, workflowId, secret)) {
                return null;
            }
            try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM platina.workflow WHERE id = ?"
                    + " AND deleted_at IS NULL")) {
                query.setObject(1, workflowId);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        throw new NotFoundException("Workflow " + workflowId);
                    }
                }
            }
            throw new ConflictException("Workflow " + workflowId + " is not triggered by webhook; save it with"
                    + " \"trigger\": {\"type\": \"webhook\"} first.");
        });
        audit.record(AuditEvents.by(caller, "workflow.webhook.secret.rotate").target("workflow",
                workflowId.toString()).build());
        return secret;
    }

    private Object body(byte[] body) {
        try {
            return mapper.readValue(body, Object.class);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("body", "is not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw InvalidInputException.of("body", "could not be read: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object body) {
        return (Map<String, Object>) body;
    }
}
