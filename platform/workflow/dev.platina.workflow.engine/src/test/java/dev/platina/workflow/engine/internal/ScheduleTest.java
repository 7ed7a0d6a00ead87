package dev.platina.workflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunTask;
import dev.platina.workflow.engine.internal.cron.CronSchedule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ScheduleTest extends EngineTestBase {


    ScheduleTest(PlatformTestDatabase database) {
        super(database);
    }

    @Test
    void savingAScheduleComputesItsNextFiringInItsTimeZoneAndKeepsItWhileTheCronStays() throws Exception {
        Instant before = Instant.now();
        UUID workflow = fixture.save(scheduled("30 2 * * *", "Europe/Berlin"));
        Instant after = Instant.now();

        CronSchedule cron = CronSchedule.parse("30 2 * * *");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant next = nextFireAt(workflow);
        assertThat(next).isIn(cron.next(before, berlin).orElseThrow(), cron.next(after, berlin).orElseThrow());
        assertThat(next.atZone(berlin).toLocalTime().toString()).isIn("02:30", "03:00");

        setNextFireAt(workflow, Instant.now().plus(Duration.ofDays(3)));
        Instant kept = nextFireAt(workflow);
        fixture.workflows.update(fixture.manager, workflow, EngineFixture.parse(scheduled("30 2 * * *",
                "Europe/Berlin")), 1);
        assertThat(nextFireAt(workflow)).as("same cron and zone: the next firing stays").isEqualTo(kept);
        fixture.workflows.update(fixture.manager, workflow, EngineFixture.parse(scheduled("0 12 * * *", "UTC")), 2);
        assertThat(nextFireAt(workflow).atZone(ZoneOffset.UTC).getHour()).isEqualTo(12);
        fixture.workflows.delete(fixture.manager, workflow);
        assertThat(triggerRows(workflow)).isZero();
    }

    @Test
    void aDueScheduleFiresExactlyOnceWhenSchedulersRace() throws Exception {
        UUID workflow = fixture.save(scheduled("0 3 * * *", "UTC"));
        setNextFireAt(workflow, Instant.now().minus(Duration.ofDays(3)));

        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            var barrier = new CyclicBarrier(3);
            var racers = new java.util.ArrayList<Future<Object>>();
            for (int i = 0; i < 3; i++) {
                racers.add(threads.submit(() -> {
                    var scheduler = new Schedules(fixture.engine.store(), fixture.engine.starts(), Clock.systemUTC());
                    barrier.await();
                    return scheduler.fireDue();
                }));
            }
            for (Future<Object> racer : racers) {
                racer.get();
            }
        } finally {
            threads.shutdown();
        }

        List<Run> runs = fixture.runsOf(fixture.manager, workflow);
        assertThat(runs).hasSize(1);
        // Three days missed: one run, for the latest 03:00 that passed, then the next 03:00 to come.
        Instant now = Instant.now();
        Instant latest = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(3));
        latest = latest.isAfter(now) ? latest.minus(Duration.ofDays(1)) : latest;
        Run run = fixture.awaitEnd(runs.get(0).id(), PATIENCE);
        assertThat(task(run, "note").output()).contains(Map.of("kind", "schedule", "scheduledFor",
                latest.toString()));
        assertThat(nextFireAt(workflow)).isEqualTo(latest.plus(Duration.ofDays(1)));
    }

    @Test
    void theEngineFiresADueScheduleByItself() throws Exception {
        UUID workflow = fixture.save(scheduled("* * * * *", "UTC"));
        setNextFireAt(workflow, Instant.now().minusSeconds(1));

        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (fixture.runsOf(fixture.manager, workflow).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(fixture.runsOf(fixture.manager, workflow)).hasSize(1);
        assertThat(nextFireAt(workflow)).isAfter(Instant.now());
    }

    private static String scheduled(String cron, String zone) {
        return """
                {"name": "Scheduled", "trigger": {"type": "schedule", "cron": "%s", "timeZone": "%s"},
                 "start": "note", "nodes": [
                  {"id": "note", "type": "step", "step": "data.set",
                   "input": {"kind": "=trigger.kind", "scheduledFor": "=trigger.scheduledFor"}, "next": "done"},
                  {"id": "done", "type": "end"}]}""".formatted(cron, zone);
    }

    private Instant nextFireAt(UUID workflow) throws Exception {
        try (Connection owner = database.owner(); PreparedStatement query = owner.prepareStatement(
                "SELECT next_fire_at FROM platina.workflow_trigger WHERE workflow_id = ?")) {
            query.setObject(1, workflow);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getTimestamp(1).toInstant();
            }
        }
    }

    private int triggerRows(UUID workflow) throws Exception {
        try (Connection owner = database.owner(); PreparedStatement query = owner.prepareStatement(
                "SELECT count(*) FROM platina.workflow_trigger WHERE workflow_id = ?")) {
            query.setObject(1, workflow);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Moves the schedule's next firing, as if the engine had been down (or a firing were far off). */
    private void setNextFireAt(UUID workflow, Instant at) throws Exception {
        try (Connection owner = database.owner(); PreparedStatement update = owner.prepareStatement(
                "UPDATE platina.workflow_trigger SET next_fire_at = ? WHERE workflow_id = ?")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setObject(2, workflow);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static RunTask task(Run run, String node) {
        return run.tasks().stream().filter(t -> t.nodeId().equals(node)).findFirst().orElseThrow();
    }
}
