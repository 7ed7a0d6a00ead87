package dev.platina.skill.googlecalendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.identity.api.Caller;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.impl.internal.KitForConnectorTests;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.EventBus;
import dev.platina.workflow.api.PlatformEvent;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.engine.internal.EngineForIntegrationTests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two polled streams through the kit's polls (cursors stored by the kit, events published once by id) into the
 * real event bus, with a clock the test moves: event changes by sync token, and meeting starts that run a workflow.
 */
@ExtendWith(DatabaseExtension.class)
class GoogleCalendarInboundTest {
    private final PlatformTestDatabase database;
    private final List<PlatformEvent> published = new CopyOnWriteArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private EngineForIntegrationTests engine;
    private KitForConnectorTests kit;
    private GoogleCalendarPeer google;
    private TenantId tenant;
    private Caller manager;
    private final EventChanges changes = new EventChanges(clock);
    private final MeetingStarts starts = new MeetingStarts(clock);

    GoogleCalendarInboundTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        var audit = new JdbcAuditLog(database.transactions());
        engine = new EngineForIntegrationTests(database, audit);
        EventBus recorded = (publisher, event) -> {
            published.add(event);
            return engine.events.publish(publisher, event);
        };
        kit = new KitForConnectorTests(database, audit, recorded, Duration.ofSeconds(2))
                .register(new GoogleCalendarConnector()).register(changes).register(starts);
        google = new GoogleCalendarPeer(clock::instant);
        tenant = database.newTenant();
        manager = EngineForIntegrationTests.managerIn(tenant);
        assertThat(google.authorise(kit.connections, manager)).isEmpty();
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
        google.close();
    }

    @Test
    void changesAreReportedOnceAsCreatedUpdatedAndDeletedAfterAQuietFirstSync() {
        google.add("existing001", "Weekly sync", clock.instant().plus(1, ChronoUnit.DAYS), Duration.ofHours(1));
        google.add("existing002", "Budget", clock.instant().plus(2, ChronoUnit.DAYS), Duration.ofHours(1));
        google.add("existing003", "Offsite", clock.instant().plus(3, ChronoUnit.DAYS), Duration.ofHours(8));
        clock.advance(Duration.ofSeconds(1));

        assertThat(kit.poll(changes, tenant)).isTrue();
        assertThat(published).as("what was there before is not news").isEmpty();
        var fullSync = google.requests.stream().filter(r -> r.path().endsWith("/events") && r.query()
                .containsKey("timeMin")).toList();
        assertThat(fullSync).hasSize(2).first().satisfies(request -> assertThat(request.query())
                .containsEntry("singleEvents", "true").containsEntry("showDeleted", "true")
                .doesNotContainKey("syncToken"));
        assertThat(fullSync.get(1).query()).containsKey("pageToken");

        clock.advance(Duration.ofSeconds(60));
        google.add("new00000001", "Customer call", clock.instant().plus(4, ChronoUnit.HOURS), Duration.ofMinutes(30));
        google.edit("existing001", "location", "Room 2");
        google.remove("existing002");
        clock.advance(Duration.ofSeconds(5));
        assertThat(kit.poll(changes, tenant)).isTrue();
        clock.advance(Duration.ofSeconds(60));
        assertThat(kit.poll(changes, tenant)).isTrue();

        assertThat(published).extracting(PlatformEvent::type, e -> e.data().get("id")).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("calendar.event.created", "new00000001"),
                org.assertj.core.groups.Tuple.tuple("calendar.event.updated", "existing001"),
                org.assertj.core.groups.Tuple.tuple("calendar.event.deleted", "existing002"));
        PlatformEvent updated = published.stream().filter(e -> e.type().equals("calendar.event.updated"))
                .findFirst().orElseThrow();
        String etag = google.event("existing001").orElseThrow().path("etag").asText();
        assertThat(updated.id()).isEqualTo("google-calendar:existing001:" + etag);
        assertThat(updated.data()).containsEntry("etag", etag).containsEntry("location", "Room 2")
                .containsEntry("summary", "Weekly sync").containsEntry("calendarId", "primary")
                .containsEntry("timeZone", "Europe/Berlin").containsKeys("start", "end", "htmlLink");
        assertThat((List<?>) updated.data().get("attendees")).singleElement().asString()
                .contains("lin@example.com");
        assertThat(google.requests.stream().filter(r -> r.query().containsKey("syncToken"))).allSatisfy(
                request -> assertThat(request.query()).containsEntry("singleEvents", "true")
                        .doesNotContainKeys("timeMin", "timeMax", "updatedMin", "orderBy"));
    }

    @Test
    void anExpiredSyncTokenLeadsToAFullSyncThatMissesNoChange() {
        google.add("existing001", "Weekly sync", clock.instant().plus(1, ChronoUnit.DAYS), Duration.ofHours(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(kit.poll(changes, tenant)).isTrue();
        clock.advance(Duration.ofSeconds(60));
        google.edit("existing001", "summary", "Weekly sync (new agenda)");
        google.expireSyncTokens();

        assertThat(kit.poll(changes, tenant)).isTrue();

        assertThat(google.requests).anySatisfy(request -> assertThat(request.query()).containsKey("syncToken"));
        assertThat(google.requests).anySatisfy(request -> assertThat(request.query()).containsKey("updatedMin")
                .containsEntry("showDeleted", "true"));
        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("calendar.event.updated");
            assertThat(event.data()).containsEntry("summary", "Weekly sync (new agenda)");
        });

        // The new sync token works: the next change comes by it, and nothing is reported twice.
        clock.advance(Duration.ofSeconds(60));
        google.edit("existing001", "location", "Room 7");
        assertThat(kit.poll(changes, tenant)).isTrue();
        assertThat(published).hasSize(2).last().satisfies(event -> assertThat(event.data())
                .containsEntry("location", "Room 7"));
        assertThat(kit.connections.status(manager, GoogleCalendarConnector.ID).state())
                .isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void aFailingPollIsRecordedOnTheConnectionInGooglesWords() {
        assertThat(kit.poll(changes, tenant)).isTrue();
        google.failNext(403, "rateLimitExceeded", "Rate Limit Exceeded", null);

        assertThat(kit.poll(changes, tenant)).isFalse();

        assertThat(kit.connections.status(manager, GoogleCalendarConnector.ID).lastError().orElseThrow())
                .isEqualTo("Reading events from Google Calendar failed: Google Calendar answered 403: Rate Limit"
                        + " Exceeded (rateLimitExceeded)");
    }

    @Test
    void eachMeetingOccurrenceStartsTheConfiguredWorkflowOnceWhenItsTimeArrives() throws Exception {
        Instant t0 = clock.instant();
        UUID workflow = engine.save(tenant, """
                {"name": "Open the meeting notes", "trigger": {"type": "event", "event": "calendar.event.starting"},
                 "start": "note", "nodes": [
                  {"id": "note", "type": "step", "step": "data.set",
                   "input": {"meeting": "=trigger.event.data.summary", "at": "=trigger.event.data.startsAt"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        google.add("ongoing0001", "Already running", t0.minus(5, ChronoUnit.MINUTES), Duration.ofHours(1));
        google.addRecurring("standup0001", "Stand-up", List.of(t0.plus(10, ChronoUnit.MINUTES),
                t0.plus(70, ChronoUnit.MINUTES)), Duration.ofMinutes(15));
        google.add("review00001", "Design review", t0.plus(20, ChronoUnit.MINUTES), Duration.ofHours(1));

        assertThat(kit.poll(starts, tenant)).isTrue();
        assertThat(published).as("the first poll starts from now").isEmpty();
        for (int i = 0; i < 6; i++) {
            // Polled every 30 s for three minutes: nothing has started yet.
            clock.advance(Duration.ofSeconds(30));
            assertThat(kit.poll(starts, tenant)).isTrue();
        }
        assertThat(published).isEmpty();
        clock.advance(Duration.ofMinutes(7).plusSeconds(1));
        assertThat(kit.poll(starts, tenant)).isTrue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(kit.poll(starts, tenant)).isTrue();
        clock.advance(Duration.ofMinutes(10));
        assertThat(kit.poll(starts, tenant)).isTrue();
        clock.advance(Duration.ofMinutes(50));
        assertThat(kit.poll(starts, tenant)).isTrue();
        assertThat(kit.poll(starts, tenant)).isTrue();

        assertThat(published).extracting(PlatformEvent::type).containsOnly("calendar.event.starting");
        assertThat(published).extracting(e -> e.data().get("id")).containsExactly("standup0001_"
                + stamp(t0.plus(10, ChronoUnit.MINUTES)), "review00001", "standup0001_"
                + stamp(t0.plus(70, ChronoUnit.MINUTES)));
        assertThat(published.get(0).data()).containsEntry("summary", "Stand-up")
                .containsEntry("recurringEventId", "standup0001")
                .containsEntry("startsAt", t0.plus(10, ChronoUnit.MINUTES).toString())
                .containsEntry("late", false).containsKeys("end", "attendees", "htmlLink");
        assertThat(published.get(0).occurredAt()).isEqualTo(t0.plus(10, ChronoUnit.MINUTES));
        assertThat(google.requests.stream().filter(r -> r.query().containsKey("timeMax"))).allSatisfy(request ->
                assertThat(request.query()).containsEntry("singleEvents", "true").containsEntry("orderBy",
                        "startTime").containsKey("timeMin"));

        GoogleCalendarWritesTest.waitFor(() -> runsOf(workflow).size() == 3);
        // A run's input is the event's data.
        assertThat(runsOf(workflow)).extracting(run -> run.input().get("summary")).containsExactlyInAnyOrder(
                "Stand-up", "Design review", "Stand-up");
    }

    @Test
    void afterAnOutageStartsOfTheLastHourAreReportedLateAndOlderOnesNoMore() {
        Instant t0 = clock.instant();
        assertThat(kit.poll(starts, tenant)).isTrue();
        google.add("morning0001", "Morning call", t0.plus(30, ChronoUnit.MINUTES), Duration.ofMinutes(30));
        google.add("noon0000001", "Lunch talk", t0.plus(150, ChronoUnit.MINUTES), Duration.ofMinutes(30));
        google.add("afternoon01", "Planning", t0.plus(178, ChronoUnit.MINUTES), Duration.ofMinutes(30));

        // Google could not be reached for three hours; then the poll covers only the last hour.
        clock.advance(Duration.ofHours(3));
        assertThat(kit.poll(starts, tenant)).isTrue();

        assertThat(published).extracting(e -> e.data().get("id"), e -> e.data().get("late")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("noon0000001", true),
                org.assertj.core.groups.Tuple.tuple("afternoon01", false));
    }

    private static String stamp(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .format(at);
    }

    private List<Run> runsOf(UUID workflow) {
        return engine.runs.recent(manager, 100).stream().filter(run -> run.workflowId().equals(workflow)).toList();
    }

    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
