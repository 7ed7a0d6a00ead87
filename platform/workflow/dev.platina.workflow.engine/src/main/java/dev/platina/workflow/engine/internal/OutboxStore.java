package dev.platina.workflow.engine.internal;

import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import dev.platina.workflow.api.OutboundMessage;
import dev.platina.workflow.api.RunEffect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The outbox table: messages written with a step's result, claimed and settled by the relay. */
final class OutboxStore {

    static final String CHANNEL = "platina_outbox";

    private final TenantTransactions transactions;
    private final Json json;

    OutboxStore(TenantTransactions transactions, Json json) {
        this.transactions = transactions;
        this.json = json;
    }

    /** The key of a step's n-th message: the step's own key, so it is the same however often the step ran. */
    static String keyOf(String stepKey, int index) {
        return stepKey + "/" + index;
    }

    /** Writes a finished step's messages, in the transaction that records it as done, and wakes the relays. */
    void enqueue(Connection c, TenantId tenant, ClaimedTask task, List<OutboundMessage> messages)
            throws SQLException {
        if (messages.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.workflow_outbox (tenant_id, id,"
                + " run_id, node_id, channel, idempotency_key, payload, state) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb,"
                + " 'PENDING') ON CONFLICT (tenant_id, idempotency_key) DO NOTHING")) {
            for (int i = 0; i < messages.size(); i++) {
                insert.setObject(1, tenant.value());
                insert.setObject(2, UUID.randomUUID());
                insert.setObject(3, task.runId());
                insert.setString(4, task.nodeId());
                insert.setString(5, messages.get(i).channel());
                insert.setString(6, keyOf(task.idempotencyKey(), i));
                insert.setString(7, json.write(messages.get(i).payload()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        wakeRelays(c);
    }

    /** Writes one message that no step made; false when its key was used before. */
    boolean enqueueOne(Connection c, TenantId tenant, String channel, String idempotencyKey,
            Map<String, Object> payload, Instant notBefore) throws SQLException {
        int inserted = Sql.update(c, "INSERT INTO platina.workflow_outbox (tenant_id, id, channel, idempotency_key,"
                + " payload, state, next_attempt_at) VALUES (?, ?, ?, ?, ?::jsonb, 'PENDING', ?) ON CONFLICT"
                + " (tenant_id, idempotency_key) DO NOTHING", tenant.value(), UUID.randomUUID(), channel,
                idempotencyKey, json.write(payload), Timestamp.from(notBefore));
        if (inserted == 1) {
            wakeRelays(c);
        }
        return inserted == 1;
    }

    /** A message claimed for one delivery attempt. */
    record Claimed(TenantId tenant, UUID id, String channel, String idempotencyKey, Map<String, Object> payload,
            int attempt, String owner) {
    }

    /** Claims due messages (and those whose relay died mid-delivery) of every organisation, oldest due first. */
    List<Claimed> claim(String owner, int limit, Duration lease) {
        return transactions.withoutTenant(c -> {
            try (PreparedStatement claim = c.prepareStatement("UPDATE platina.workflow_outbox SET state ="
                    + " 'DELIVERING', attempts = attempts + 1, lease_owner = ?, lease_until = now() + ? * interval"
                    + " '1 millisecond' WHERE id IN (SELECT id FROM platina.workflow_outbox WHERE (state = 'PENDING'"
                    + " AND next_attempt_at <= now()) OR (state = 'DELIVERING' AND lease_until < now())"
                    + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING tenant_id, id, channel,"
                    + " idempotency_key, payload::text, attempts")) {
                claim.setString(1, owner);
                claim.setLong(2, lease.toMillis());
                claim.setInt(3, limit);
                var claimed = new ArrayList<Claimed>();
                try (ResultSet rows = claim.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(new Claimed(new TenantId(rows.getObject(1, UUID.class)),
                                rows.getObject(2, UUID.class), rows.getString(3), rows.getString(4),
                                json.readObject(rows.getString(5)), rows.getInt(6), owner));
                    }
                }
                return claimed;
            }
        });
    }

    void delivered(Claimed message, Map<String, Object> receipt) {
        settle(message, "UPDATE platina.workflow_outbox SET state = 'DELIVERED', delivered_at = now(), receipt ="
                + " ?::jsonb, last_error = NULL, lease_owner = NULL, lease_until = NULL", json.write(receipt));
    }

    /** Back to waiting; {@code counted} false gives the attempt back (nothing was tried, e.g. no channel). */
    void retryAt(Claimed message, Instant at, String error, boolean counted) {
        settle(message, "UPDATE platina.workflow_outbox SET state = 'PENDING', next_attempt_at = ?, last_error = ?,"
                + " attempts = attempts - ?, lease_owner = NULL, lease_until = NULL", Timestamp.from(at), error,
                counted ? 0 : 1);
    }

    void failed(Claimed message, String error) {
        settle(message, "UPDATE platina.workflow_outbox SET state = 'FAILED', last_error = ?, lease_owner = NULL,"
                + " lease_until = NULL", error);
    }

    /** Applies the result only while this relay still holds the message for this attempt. */
    private void settle(Claimed message, String update, Object... values) {
        transactions.withoutTenant(c -> {
            try (PreparedStatement statement = c.prepareStatement(update + " WHERE id = ? AND state = 'DELIVERING'"
                    + " AND lease_owner = ? AND attempts = ?")) {
                int index = 1;
                for (Object value : values) {
                    statement.setObject(index++, value);
                }
                statement.setObject(index++, message.id());
                statement.setString(index++, message.owner());
                statement.setInt(index, message.attempt());
                return statement.executeUpdate();
            }
        });
    }

    /** Makes the messages waiting for a channel due now (it has just arrived) and wakes the relays. */
    void channelArrived(String channel) {
        transactions.withoutTenant(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE platina.workflow_outbox SET next_attempt_at ="
                    + " now() WHERE state = 'PENDING' AND channel = ?")) {
                update.setString(1, channel);
                if (update.executeUpdate() > 0) {
                    wakeRelays(c);
                }
            }
            return null;
        });
    }

    /** When the next waiting message is due, if any. */
    Optional<Instant> nextDueAt() {
        return transactions.withoutTenant(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT min(next_attempt_at) FROM"
                    + " platina.workflow_outbox WHERE state = 'PENDING'"); ResultSet rows = query.executeQuery()) {
                rows.next();
                return Optional.ofNullable(rows.getTimestamp(1)).map(Timestamp::toInstant);
            }
        });
    }

    /** A run's messages, in the order its steps wrote them. */
    List<RunEffect> effects(Connection c, UUID runId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT node_id, channel, idempotency_key, state, attempts,"
                + " last_error, created_at, next_attempt_at, delivered_at FROM platina.workflow_outbox WHERE run_id = ?"
                + " ORDER BY created_at, idempotency_key")) {
            query.setObject(1, runId);
            var effects = new ArrayList<RunEffect>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    RunEffect.State state = RunEffect.State.valueOf(rows.getString(4));
                    effects.add(new RunEffect(rows.getString(1), rows.getString(2), rows.getString(3), state,
                            rows.getInt(5), Optional.ofNullable(rows.getString(6)), rows.getTimestamp(7).toInstant(),
                            state == RunEffect.State.PENDING ? Optional.of(rows.getTimestamp(8).toInstant())
                                    : Optional.empty(),
                            Optional.ofNullable(rows.getTimestamp(9)).map(Timestamp::toInstant)));
                }
            }
            return effects;
        }
    }

    /** Wakes every node's relay once this transaction commits. */
    private static void wakeRelays(Connection c) throws SQLException {
        try (PreparedStatement notify = c.prepareStatement("SELECT pg_notify('" + CHANNEL + "', '')")) {
            notify.execute();
        }
    }
}
