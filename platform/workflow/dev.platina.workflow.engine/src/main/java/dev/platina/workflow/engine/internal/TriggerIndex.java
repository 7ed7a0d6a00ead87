package dev.platina.workflow.engine.internal;

import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.engine.internal.cron.CronSchedule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What starts each workflow's current version, one row per workflow that is not started by hand, written in the
 * transaction that saves or deletes the workflow. Events, schedules and webhooks find their workflows here without
 * reading definitions.
 */
final class TriggerIndex {

    private final WebhookSecrets secrets;
    private final Clock clock;

    TriggerIndex(WebhookSecrets secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * Records the trigger of the version just saved. A webhook keeps its secret while the workflow stays triggered
     * by webhook, and a schedule keeps its next firing while its cron and time zone stay the same.
     */
    void save(Connection c, TenantId tenant, UUID workflowId, int version, Trigger trigger) throws SQLException {
        if (trigger instanceof Trigger.Manual) {
            remove(c, workflowId);
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO platina.workflow_trigger (tenant_id,"
                + " workflow_id, version, kind, event_type, cron, time_zone, next_fire_at, webhook_secret) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (workflow_id) DO UPDATE SET version = EXCLUDED.version,"
                + " kind = EXCLUDED.kind, event_type = EXCLUDED.event_type, cron = EXCLUDED.cron,"
                + " time_zone = EXCLUDED.time_zone, next_fire_at = CASE WHEN platina.workflow_trigger.kind = 'schedule'"
                + " AND platina.workflow_trigger.cron = EXCLUDED.cron AND platina.workflow_trigger.time_zone ="
                + " EXCLUDED.time_zone THEN platina.workflow_trigger.next_fire_at ELSE EXCLUDED.next_fire_at END,"
                + " webhook_secret = CASE WHEN EXCLUDED.kind = 'webhook' THEN coalesce("
                + "platina.workflow_trigger.webhook_secret, EXCLUDED.webhook_secret) END, updated_at = now()")) {
            upsert.setObject(1, tenant.value());
            upsert.setObject(2, workflowId);
            upsert.setInt(3, version);
            upsert.setString(5, null);
            upsert.setString(6, null);
            upsert.setString(7, null);
            upsert.setTimestamp(8, null);
            upsert.setBytes(9, null);
            if (trigger instanceof Trigger.Event event) {
                upsert.setString(4, "event");
                upsert.setString(5, event.eventType());
            } else if (trigger instanceof Trigger.Schedule schedule) {
                upsert.setString(4, "schedule");
                upsert.setString(6, schedule.cron());
                upsert.setString(7, schedule.timeZone().getId());
                upsert.setTimestamp(8, CronSchedule.parse(schedule.cron()).next(clock.instant(), schedule.timeZone())
                        .map(Timestamp::from).orElse(null));
            } else {
                upsert.setString(4, "webhook");
                // Only used when the workflow was not triggered by webhook before; the caller asks for it by rotating.
                upsert.setBytes(9, secrets.encrypt(workflowId, secrets.generate()));
            }
            upsert.executeUpdate();
        }
        if (trigger instanceof Trigger.Schedule) {
            TaskStore.notifySchedulesChanged(c);
        }
    }

    void remove(Connection c, UUID workflowId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM platina.workflow_trigger WHERE workflow_id = ?"
                + " RETURNING kind")) {
            delete.setObject(1, workflowId);
            try (ResultSet rows = delete.executeQuery()) {
                if (rows.next() && rows.getString(1).equals("schedule")) {
                    TaskStore.notifySchedulesChanged(c);
                }
            }
        }
    }

    /** A workflow version an event type starts. */
    record Subscription(UUID workflowId, int version) {
    }

    /** The organisation's workflows whose current version an event of {@code eventType} starts. */
    static List<Subscription> subscribers(Connection c, String eventType) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT t.workflow_id, t.version FROM"
                + " platina.workflow_trigger t JOIN platina.workflow w ON w.id = t.workflow_id WHERE t.kind = 'event'"
                + " AND t.event_type = ? AND w.deleted_at IS NULL ORDER BY t.workflow_id")) {
            query.setString(1, eventType);
            var found = new ArrayList<Subscription>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Subscription(rows.getObject(1, UUID.class), rows.getInt(2)));
                }
            }
            return found;
        }
    }

    /** The webhook of a workflow: the version it starts and its secret, still encrypted. */
    record Webhook(int version, byte[] encryptedSecret) {
    }

    static Optional<Webhook> webhook(Connection c, UUID workflowId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT version, webhook_secret FROM"
                + " platina.workflow_trigger WHERE workflow_id = ? AND kind = 'webhook'")) {
            query.setObject(1, workflowId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Webhook(rows.getInt(1), rows.getBytes(2))) : Optional.empty();
            }
        }
    }

    /** Replaces the webhook's secret; false when the workflow is not triggered by webhook in this organisation. */
    boolean replaceSecret(Connection c, UUID workflowId, String secret) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE platina.workflow_trigger SET webhook_secret = ?,"
                + " updated_at = now() WHERE workflow_id = ? AND kind = 'webhook'")) {
            update.setBytes(1, secrets.encrypt(workflowId, secret));
            update.setObject(2, workflowId);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * The organisation of a workflow triggered by webhook, found with no tenant bound (a narrow policy allows
     * reading schedule and webhook rows only), because the caller of a webhook is not signed in.
     */
    static Optional<TenantId> webhookTenant(Connection c, UUID workflowId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT tenant_id FROM platina.workflow_trigger"
                + " WHERE workflow_id = ? AND kind = 'webhook'")) {
            query.setObject(1, workflowId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new TenantId(rows.getObject(1, UUID.class))) : Optional.empty();
            }
        }
    }
}
