package dev.platina.workflow.engine.internal;

import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.engine.internal.cron.CronSchedule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the schedules of every organisation that are due. Each firing is claimed with {@code FOR UPDATE SKIP
 * LOCKED} in the organisation's transaction that also starts the run (start key {@code schedule:<instant>}) and
 * moves the schedule to its next time, so two engine nodes never start the same firing twice. A schedule that
 * missed firings while no engine ran fires once, for the latest time it missed, rather than once per missed time.
 */
final class Schedules {

    private static final Logger LOG = LoggerFactory.getLogger(Schedules.class);
    private static final int BATCH = 100;

    private final TaskStore store;
    private final TriggeredStarts starts;
    private final Clock clock;

    Schedules(TaskStore store, TriggeredStarts starts, Clock clock) {
        this.store = store;
        this.starts = starts;
        this.clock = clock;
    }

    private record Due(TenantId tenant, UUID workflowId) {
    }

    /** Fires what is due now; returns when the next schedule is due, if any is. */
    Optional<Instant> fireDue() {
        // Full batches mean more may be due; the bound keeps schedules that keep failing from looping here.
        for (int batch = 0; batch < 10; batch++) {
            Instant now = clock.instant();
            List<Due> due = due(now);
            for (Due schedule : due) {
                try {
                    store.transactions().inTenant(schedule.tenant(), c -> fire(c, schedule, now));
                } catch (RuntimeException e) {
                    // One broken schedule must not hold up the others; it is tried again at the next look.
                    LOG.error("The schedule of workflow {} could not fire", schedule.workflowId(), e);
                }
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return nextFireAt();
    }

    private List<Due> due(Instant now) {
        return store.transactions().withoutTenant(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT tenant_id, workflow_id FROM"
                    + " platina.workflow_trigger WHERE kind = 'schedule' AND next_fire_at <= ? ORDER BY next_fire_at"
                    + " LIMIT " + BATCH)) {
                query.setTimestamp(1, Timestamp.from(now));
                var due = new ArrayList<Due>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        due.add(new Due(new TenantId(rows.getObject(1, UUID.class)), rows.getObject(2, UUID.class)));
                    }
                }
                return due;
            }
        });
    }

    private Void fire(Connection c, Due schedule, Instant now) throws SQLException {
        try (PreparedStatement claim = c.prepareStatement("SELECT version, cron, time_zone, next_fire_at FROM"
                + " platina.workflow_trigger WHERE workflow_id = ? AND kind = 'schedule' AND next_fire_at <= ?"
                + " FOR UPDATE SKIP LOCKED")) {
            claim.setObject(1, schedule.workflowId());
            claim.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rows = claim.executeQuery()) {
                if (!rows.next()) {
                    // Another node holds it or has just fired it.
                    return null;
                }
                int version = rows.getInt(1);
                CronSchedule cron = CronSchedule.parse(rows.getString(2));
                ZoneId zone = ZoneId.of(rows.getString(3));
                Instant scheduledFor = cron.latestDue(rows.getTimestamp(4).toInstant(), now, zone);
                starts.start(c, schedule.tenant(), schedule.workflowId(), version, Map.of(),
                        "schedule:" + scheduledFor, Map.of("kind", "schedule", "scheduledFor", scheduledFor.toString(),
                                "firedAt", now.toString()), "schedule");
                advance(c, schedule.workflowId(), cron.next(now, zone));
            }
        }
        return null;
    }

    private static void advance(Connection c, UUID workflowId, Optional<Instant> next) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE platina.workflow_trigger SET next_fire_at = ?"
                + " WHERE workflow_id = ?")) {
            update.setTimestamp(1, next.map(Timestamp::from).orElse(null));
            update.setObject(2, workflowId);
            update.executeUpdate();
        }
    }

    private Optional<Instant> nextFireAt() {
        return store.transactions().withoutTenant(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT min(next_fire_at) FROM platina.workflow_trigger"
                    + " WHERE kind = 'schedule'"); ResultSet rows = query.executeQuery()) {
                rows.next();
                return Optional.ofNullable(rows.getTimestamp(1)).map(Timestamp::toInstant);
            }
        });
    }
}
