package dev.platina.integration.impl.internal;

import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

/** Where each connection's polled streams stand. */
final class PollCursors {

    private final TenantTransactions transactions;

    PollCursors(TenantTransactions transactions) {
        this.transactions = transactions;
    }

    Optional<String> get(TenantId organization, UUID connection, String stream) {
        return transactions.inTenant(organization, c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT cursor FROM platina.integration_cursor"
                    + " WHERE connection_id = ? AND stream = ?")) {
                query.setObject(1, connection);
                query.setString(2, stream);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    void put(TenantId organization, UUID connection, String stream, String cursor) {
        transactions.inTenant(organization, c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO platina.integration_cursor"
                    + " (tenant_id, connection_id, stream, cursor) VALUES (?, ?, ?, ?) ON CONFLICT (connection_id,"
                    + " stream) DO UPDATE SET cursor = excluded.cursor, updated_at = now()")) {
                upsert.setObject(1, organization.value());
                upsert.setObject(2, connection);
                upsert.setString(3, stream);
                upsert.setString(4, cursor);
                upsert.executeUpdate();
            }
            return null;
        });
    }
}
