package dev.platina.integration.impl.internal;

import dev.platina.identity.api.Caller;
import dev.platina.integration.api.InboundEvent;
import dev.platina.persistence.api.TenantTransactions;
import dev.platina.workflow.api.EventBus;
import dev.platina.workflow.api.PlatformEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Publishes what a connection received, once per event id and connection. The event is published before it is
 * noted as received: a crash in between publishes it again, which the event bus recognises by its id, so nothing is
 * lost and nothing is started twice.
 */
final class InboundEvents {

    /** What publishing a batch did. */
    record Published(int published, int repeated) {
    }

    private final TenantTransactions transactions;
    private final EventBus bus;

    InboundEvents(TenantTransactions transactions, EventBus bus) {
        this.transactions = transactions;
        this.bus = bus;
    }

    Published publish(StoredConnection connection, List<InboundEvent> events) {
        int published = 0;
        int repeated = 0;
        Caller publisher = Caller.system(connection.organization(), "integration:" + connection.connectorId());
        for (InboundEvent event : events) {
            if (seen(connection, event)) {
                repeated++;
                continue;
            }
            var data = new LinkedHashMap<String, Object>(event.data());
            data.putIfAbsent("connector", connection.connectorId());
            var receipt = bus.publish(publisher, new PlatformEvent(event.type(), platformId(connection, event),
                    event.occurredAt(), data));
            note(connection, event);
            if (receipt.alreadyReceived()) {
                repeated++;
            } else {
                published++;
            }
        }
        return new Published(published, repeated);
    }

    /** The platform event's id: the connector's name space, then the vendor's id. */
    static String platformId(StoredConnection connection, InboundEvent event) {
        return connection.connectorId() + ":" + event.id();
    }

    private boolean seen(StoredConnection connection, InboundEvent event) {
        return transactions.inTenant(connection.organization(), c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM platina.integration_inbound"
                    + " WHERE connection_id = ? AND event_id = ?")) {
                query.setObject(1, connection.id());
                query.setString(2, event.id());
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    private void note(StoredConnection connection, InboundEvent event) {
        transactions.inTenant(connection.organization(), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.integration_inbound"
                    + " (tenant_id, connection_id, event_id, type, occurred_at) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT DO NOTHING")) {
                insert.setObject(1, connection.organization().value());
                insert.setObject(2, connection.id());
                insert.setString(3, event.id());
                insert.setString(4, event.type());
                insert.setTimestamp(5, Timestamp.from(event.occurredAt()));
                insert.executeUpdate();
            }
            return null;
        });
    }
}
