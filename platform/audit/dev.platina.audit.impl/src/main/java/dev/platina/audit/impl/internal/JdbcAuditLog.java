package dev.platina.audit.impl.internal;

import dev.platina.audit.api.AuditEvent;
import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.audit.api.AuditPage;
import dev.platina.audit.api.AuditQuery;
import dev.platina.audit.api.AuditRecord;
import dev.platina.audit.api.ChainVerification;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.security.MessageDigest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The audit trail in {@code platina.audit_event}. Appends for one organisation are serialised by a
 * transaction-level advisory lock, so the chain never forks; different organisations append in parallel.
 */
@Component(service = AuditLog.class)
public final class JdbcAuditLog implements AuditLog {

    private static final String COLUMNS = "seq, id, occurred_at, actor_id, actor_name, action, target_type,"
            + " target_id, outcome, request_id, details, prev_hash, hash";

    private final TenantTransactions transactions;

    @Activate
    public JdbcAuditLog(@Reference TenantTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(AuditEvent event) {
        transactions.inTenant(event.organization(), connection -> {
            lockChain(connection, event.organization());
            long previousSequence = 0;
            byte[] previousHash = null;
            try (PreparedStatement last = connection.prepareStatement(
                    "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1");
                    ResultSet row = last.executeQuery()) {
                if (row.next()) {
                    previousSequence = row.getLong(1);
                    previousHash = row.getBytes(2);
                }
            }
            long sequence = previousSequence + 1;
            String id = UUID.randomUUID().toString();
            // Stored with microsecond precision, so the hash covers exactly what the database keeps.
            Instant occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            byte[] hash = AuditHash.of(sequence, id, occurredAt, event, previousHash);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (tenant_id, "
                    + COLUMNS + ") VALUES (?, ?, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, event.organization().value());
                insert.setLong(2, sequence);
                insert.setString(3, id);
                insert.setTimestamp(4, Timestamp.from(occurredAt));
                insert.setString(5, event.actorId());
                insert.setString(6, event.actorName());
                insert.setString(7, event.action());
                insert.setString(8, event.targetType());
                insert.setString(9, event.targetId());
                insert.setString(10, event.outcome().name());
                insert.setString(11, event.requestId());
                insert.setArray(12, connection.createArrayOf("text", flatten(event.details())));
                insert.setBytes(13, previousHash);
                insert.setBytes(14, hash);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public AuditPage find(TenantId organization, AuditQuery query) {
        return transactions.inTenant(organization, connection -> {
            var sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_event WHERE true");
            var parameters = new ArrayList<Object>();
            condition(sql, parameters, " AND action = ?", query.action());
            condition(sql, parameters, " AND actor_id = ?", query.actorId());
            condition(sql, parameters, " AND target_id = ?", query.targetId());
            condition(sql, parameters, " AND outcome = ?", query.outcome() == null ? null : query.outcome().name());
            condition(sql, parameters, " AND occurred_at >= ?",
                    query.from() == null ? null : Timestamp.from(query.from()));
            condition(sql, parameters, " AND occurred_at < ?", query.to() == null ? null : Timestamp.from(query.to()));
            condition(sql, parameters, " AND seq < ?", query.beforeSequence());
            sql.append(" ORDER BY seq DESC LIMIT ?");
            parameters.add(query.limit() + 1);
            var records = new ArrayList<AuditRecord>();
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        records.add(toRecord(organization, rows));
                    }
                }
            }
            boolean more = records.size() > query.limit();
            List<AuditRecord> page = more ? records.subList(0, query.limit()) : records;
            return new AuditPage(page, more ? page.get(page.size() - 1).sequence() : null);
        });
    }

    @Override
    public ChainVerification verify(TenantId organization) {
        return transactions.inTenant(organization, connection -> {
            var problems = new ArrayList<String>();
            long checked = 0;
            long expectedSequence = 1;
            byte[] previousHash = null;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_event ORDER BY seq")) {
                statement.setFetchSize(1000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        checked++;
                        AuditRecord record = toRecord(organization, rows);
                        byte[] storedPrevious = rows.getBytes("prev_hash");
                        byte[] storedHash = rows.getBytes("hash");
                        if (record.sequence() != expectedSequence) {
                            problems.add("Events " + expectedSequence + " to " + (record.sequence() - 1)
                                    + " are missing (deleted)");
                        }
                        if (!MessageDigest.isEqual(storedPrevious, previousHash)) {
                            problems.add("Event " + record.sequence() + " does not follow the event before it"
                                    + " (events were deleted, inserted or reordered)");
                        }
                        byte[] recomputed = AuditHash.of(record.sequence(), record.id(), record.occurredAt(),
                                record.event(), storedPrevious);
                        if (!MessageDigest.isEqual(recomputed, storedHash)) {
                            problems.add("Event " + record.sequence() + " does not match its hash (it was edited)");
                        }
                        previousHash = storedHash;
                        expectedSequence = record.sequence() + 1;
                    }
                }
            }
            return new ChainVerification(problems.isEmpty(), checked, problems);
        });
    }

    private static void lockChain(Connection connection, TenantId organization) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtextextended('audit:' || ?, 0))")) {
            lock.setString(1, organization.toString());
            lock.execute();
        }
    }

    private static AuditRecord toRecord(TenantId organization, ResultSet row) throws SQLException {
        Array details = row.getArray("details");
        var event = new AuditEvent(organization, row.getString("actor_id"), row.getString("actor_name"),
                row.getString("action"), row.getString("target_type"), row.getString("target_id"),
                AuditOutcome.valueOf(row.getString("outcome")), row.getString("request_id"),
                unflatten((String[]) details.getArray()));
        return new AuditRecord(row.getLong("seq"), row.getString("id"), row.getTimestamp("occurred_at").toInstant(),
                event);
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            parameters.add(value);
        }
    }

    private static String[] flatten(Map<String, String> details) {
        var flat = new String[details.size() * 2];
        int i = 0;
        for (var entry : details.entrySet()) {
            flat[i++] = entry.getKey();
            flat[i++] = entry.getValue();
        }
        return flat;
    }

    private static Map<String, String> unflatten(String[] flat) {
        var details = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < flat.length; i += 2) {
            details.put(flat[i], flat[i + 1]);
        }
        return details;
    }
}
