package dev.platina.workflow.engine.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.EventBus;
import dev.platina.workflow.api.EventReceipt;
import dev.platina.workflow.api.PlatformEvent;
import dev.platina.workflow.expression.Expression;
import dev.platina.workflow.expression.ExpressionException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishing stores the event once per organisation and id, starts the workflows it triggers and resumes the runs
 * waiting for it, in one transaction: when it returns, everything the event causes is durable, and an event
 * published again (same id) changes nothing. Publishing starts runs, so it needs {@code workflows:run}.
 */
@Component(service = EventBus.class)
public final class DefaultEventBus implements EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultEventBus.class);

    private final TaskStore store;
    private final TriggeredStarts starts;
    private final EventWaits waits;
    private final PermissionGuard guard;
    private final Json json = new Json();

    @Activate
    public DefaultEventBus(@Reference WorkflowEngine engine, @Reference AuditLog audit) {
        this.store = engine.store();
        this.starts = engine.starts();
        this.waits = new EventWaits(engine.store(), engine.runner(), engine.starts());
        this.guard = new PermissionGuard(audit);
    }

    @Override
    public EventReceipt publish(Caller publisher, PlatformEvent event) {
        guard.require(publisher, Permission.WORKFLOWS_RUN, "workflow.event.publish", "event",
                event == null ? null : event.id());
        if (event == null) {
            throw dev.platina.core.api.InvalidInputException.of("event", "is required");
        }
        Map<String, Object> checked = PlatformEvents.checked(event, json);
        TenantId tenant = publisher.organization();
        return store.transactions().inTenant(tenant, c -> {
            if (!record(c, tenant, checked, publisher.username())) {
                return new EventReceipt(event.id(), true, List.of(), 0);
            }
            List<UUID> started = startSubscribers(c, tenant, checked, publisher.username());
            int resumed = waits.resume(c, tenant, checked);
            return new EventReceipt(event.id(), false, started, resumed);
        });
    }

    /** Stores the event; false when the organisation already received one with its id. */
    private boolean record(Connection c, TenantId tenant, Map<String, Object> event, String publisher)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.workflow_event (tenant_id, id, type,"
                + " occurred_at, data, published_by) VALUES (?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (tenant_id, id)"
                + " DO NOTHING")) {
            insert.setObject(1, tenant.value());
            insert.setString(2, (String) event.get("id"));
            insert.setString(3, (String) event.get("type"));
            insert.setTimestamp(4, Timestamp.from(Instant.parse((String) event.get("occurredAt"))));
            insert.setString(5, json.write(event.get("data")));
            insert.setString(6, publisher);
            return insert.executeUpdate() == 1;
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> startSubscribers(Connection c, TenantId tenant, Map<String, Object> event, String publisher)
            throws SQLException {
        Map<String, Object> data = (Map<String, Object>) event.get("data");
        Map<String, Object> filterVariables = Map.of("event", event, "input", data);
        var started = new ArrayList<UUID>();
        for (TriggerIndex.Subscription subscription : TriggerIndex.subscribers(c, (String) event.get("type"))) {
            Definition definition = starts.definition(c, subscription.workflowId(), subscription.version());
            if (definition.trigger() instanceof Trigger.Event trigger && trigger.filter().isPresent()
                    && !holds(trigger.filter().get(), filterVariables, subscription, event)) {
                continue;
            }
            TaskStore.RunStart start = starts.start(c, tenant, subscription.workflowId(), subscription.version(),
                    data, "event:" + event.get("id"), Map.of("kind", "event", "event", event), publisher);
            if (start.created()) {
                started.add(start.id());
            }
        }
        return started;
    }

    private static boolean holds(String filter, Map<String, Object> variables, TriggerIndex.Subscription subscription,
            Map<String, Object> event) {
        try {
            return Expression.compile(filter).test(variables);
        } catch (ExpressionException e) {
            // A filter that cannot judge this event (a field of another type) does not start the workflow.
            LOG.warn("The event filter of workflow {} could not be evaluated for event {}: {}",
                    subscription.workflowId(), event.get("id"), e.getMessage());
            return false;
        }
    }
}
