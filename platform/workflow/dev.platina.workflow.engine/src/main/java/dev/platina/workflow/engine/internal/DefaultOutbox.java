package dev.platina.workflow.engine.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.TenantTransactions;
import dev.platina.workflow.api.Outbox;
import java.time.Instant;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The outbox for platform services (notifications and the like): one message, its own transaction. */
@Component(service = Outbox.class)
public final class DefaultOutbox implements Outbox {

    private final OutboxStore store;
    private final TenantTransactions transactions;

    @Activate
    public DefaultOutbox(@Reference WorkflowEngine engine, @Reference TenantTransactions transactions) {
        this.store = engine.outbox();
        this.transactions = transactions;
    }

    @Override
    public boolean enqueue(Caller caller, String channel, String idempotencyKey, Map<String, Object> payload,
            Instant notBefore) {
        if (channel == null || channel.isBlank() || idempotencyKey == null || idempotencyKey.isBlank()) {
            throw InvalidInputException.of("channel", "an outbox message needs a channel and an idempotency key");
        }
        return transactions.inTenant(caller.organization(), c -> store.enqueueOne(c, caller.organization(), channel,
                idempotencyKey, payload == null ? Map.of() : payload, notBefore == null ? Instant.now() : notBefore));
    }
}
