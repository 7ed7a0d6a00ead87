package dev.platina.skill.googlecalendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.identity.api.Caller;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.impl.internal.KitForConnectorTests;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunEffect;
import dev.platina.workflow.engine.internal.EngineForIntegrationTests;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The calendar steps run by the real workflow engine, their writes delivered by its outbox through the kit's guarded
 * deliveries to the Google peer: each happens once however often it is delivered, the conflict rule holds, and
 * throttling and an outage are waited out.
 */
@ExtendWith(DatabaseExtension.class)
class GoogleCalendarWritesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant MEETING = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    private final PlatformTestDatabase database;
    private EngineForIntegrationTests engine;
    private KitForConnectorTests kit;
    private GoogleCalendarPeer google;
    private TenantId tenant;
    private Caller manager;

    GoogleCalendarWritesTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        var audit = new JdbcAuditLog(database.transactions());
        engine = new EngineForIntegrationTests(database, audit);
        kit = new KitForConnectorTests(database, audit, engine.events, Duration.ofSeconds(2))
                .register(new GoogleCalendarConnector());
        engine.register(new GoogleCalendarChannel(kit.deliveries));
        engine.register(new CreateEventStep(kit.connections));
        engine.register(new UpdateEventStep(kit.connections));
        engine.register(new DeleteEventStep(kit.connections));
        google = new GoogleCalendarPeer(Instant::now);
        tenant = database.newTenant();
        manager = EngineForIntegrationTests.managerIn(tenant);
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
        google.close();
    }

    @Test
    void aCreatedEventCarriesTheIdChosenWhenTheStepRanAndALostAnswerCreatesNoSecond() throws Exception {
        connect();
        google.loseNextAnswers = 1;

        UUID run = run("google-calendar.event.create", Map.of("summary", "Quarterly review", "description",
                "Numbers first", "location", "Room 4", "start", MEETING.toString(), "end",
                MEETING.plus(1, ChronoUnit.HOURS).toString(), "timeZone", "Europe/Berlin", "attendees",
                List.of("lin@example.com", "sam@example.com"), "notifyAttendees", true));
        RunEffect effect = delivered(run);

        assertThat(effect.attempts()).isEqualTo(2);
        ObjectNode event = google.liveEvents().stream().filter(e -> e.path("summary").asText().equals(
                "Quarterly review")).findFirst().orElseThrow();
        String id = event.path("id").asText();
        assertThat(id).matches("[a-v0-9]{32}");
        assertThat(google.inserted(id)).isEqualTo(1);
        assertThat(event.path("start").path("dateTime").asText()).isEqualTo(MEETING.toString());
        assertThat(event.path("start").path("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(event.path("attendees").findValuesAsText("email")).containsExactly("lin@example.com",
                "sam@example.com");
        List<GoogleCalendarPeer.Request> inserts = google.requests.stream().filter(r -> r.method().equals("POST"))
                .toList();
        assertThat(inserts).hasSize(2).allSatisfy(request -> {
            assertThat(request.body().path("id").asText()).isEqualTo(id);
            assertThat(request.query()).containsEntry("sendUpdates", "all");
            assertThat(request.authorization()).startsWith("Bearer ya29.");
        });
        // The repeat met 409 "duplicate" and read the event back instead of failing.
        assertThat(google.requests).anySatisfy(request -> assertThat(request.method() + " " + request.path())
                .isEqualTo("GET /calendar/v3/calendars/primary/events/" + id));
        assertThat(engine.runs.get(manager, run).state()).isEqualTo(Run.State.COMPLETED);
    }

    @Test
    void anUpdateBasedOnTheCurrentVersionIsAppliedOnceEvenWhenItsAnswerIsLost() throws Exception {
        connect();
        ObjectNode event = google.add("standup0001", "Stand-up", MEETING, Duration.ofMinutes(15));
        google.loseNextAnswers = 1;

        UUID run = run("google-calendar.event.update", Map.of("eventId", "standup0001", "etag",
                event.path("etag").asText(), "summary", "Stand-up (moved)", "start", MEETING.plus(1,
                        ChronoUnit.HOURS).toString(), "end", MEETING.plus(75, ChronoUnit.MINUTES).toString()));
        RunEffect effect = delivered(run);

        ObjectNode now = google.event("standup0001").orElseThrow();
        assertThat(now.path("summary").asText()).isEqualTo("Stand-up (moved)");
        assertThat(now.path("start").path("dateTime").asText()).isEqualTo(MEETING.plus(1, ChronoUnit.HOURS)
                .toString());
        assertThat(effect.attempts()).isEqualTo(2);
        List<GoogleCalendarPeer.Request> patches = google.requests.stream().filter(r -> r.method().equals("PATCH"))
                .toList();
        // The repeat was refused with 412 (the etag moved on with the first, lost, answer) and found its own change.
        assertThat(patches).hasSize(2).allSatisfy(request -> assertThat(request.ifMatch())
                .isEqualTo(event.path("etag").asText()));
        assertThat(now.path("sequence").asInt()).as("changed once").isEqualTo(1);
    }

    @Test
    void whenTheEventChangedInTheCalendarTheCalendarWinsAndTheUpdateIsRefusedNamingTheConflict() throws Exception {
        connect();
        ObjectNode event = google.add("review00001", "Design review", MEETING, Duration.ofHours(1));
        google.edit("review00001", "summary", "Design review (agenda attached)");

        UUID run = run("google-calendar.event.update", Map.of("eventId", "review00001", "etag",
                event.path("etag").asText(), "summary", "Design review - cancelled?"));
        waitFor(() -> effectOf(run).state() == RunEffect.State.FAILED);

        assertThat(effectOf(run).lastError().orElseThrow())
                .startsWith("Google Calendar refused it: conflict: the event 'Design review (agenda attached)' was"
                        + " changed in the calendar after this change was prepared (prepared from version "
                        + event.path("etag").asText())
                .endsWith("The calendar's version wins: the update was not applied.");
        assertThat(google.event("review00001").orElseThrow().path("summary").asText())
                .isEqualTo("Design review (agenda attached)");
        assertThat(kit.connections.status(manager, GoogleCalendarConnector.ID).state())
                .isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void aDeleteHappensOnceAndARepeatFindsItDone() throws Exception {
        connect();
        google.add("lunch000001", "Lunch", MEETING, Duration.ofHours(1));
        google.loseNextAnswers = 1;

        RunEffect effect = delivered(run("google-calendar.event.delete", Map.of("eventId", "lunch000001")));

        assertThat(effect.attempts()).isEqualTo(2);
        assertThat(google.event("lunch000001").orElseThrow().path("status").asText()).isEqualTo("cancelled");
        assertThat(google.requests.stream().filter(r -> r.method().equals("DELETE"))).hasSize(2)
                .allSatisfy(request -> assertThat(request.query()).containsEntry("sendUpdates", "none"));

        UUID unknown = run("google-calendar.event.delete", Map.of("eventId", "nosuchevent"));
        waitFor(() -> effectOf(unknown).state() == RunEffect.State.FAILED);
        assertThat(effectOf(unknown).lastError().orElseThrow()).isEqualTo("Google Calendar refused it: there is no"
                + " event 'nosuchevent' in the calendar.");
    }

    @Test
    void tooManyRequestsAndRateLimitRefusalsAreWaitedOutAsGoogleAsks() throws Exception {
        connect();
        google.failNext(429, "rateLimitExceeded", "Rate Limit Exceeded", "1");
        google.failNext(403, "userRateLimitExceeded", "User Rate Limit Exceeded", null);

        UUID run = run("google-calendar.event.create", Map.of("summary", "1:1", "start", "2026-12-01", "end",
                "2026-12-02"));
        RunEffect effect = delivered(run);

        assertThat(effect.attempts()).isEqualTo(3);
        assertThat(google.liveEvents()).singleElement().satisfies(event -> assertThat(event.path("start")
                .path("date").asText()).isEqualTo("2026-12-01"));
        // Throttling is not a credentials problem: the connection stayed healthy.
        var status = kit.connections.status(manager, GoogleCalendarConnector.ID);
        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void refusedCredentialsMarkTheConnectionFailingAndTheWriteWaits() throws Exception {
        connect();
        google.failNext(401, "authError", "Invalid Credentials", null);

        UUID run = run("google-calendar.event.create", event("Planning", 0));
        waitFor(() -> effectOf(run).lastError().isPresent());

        assertThat(effectOf(run).state()).isEqualTo(RunEffect.State.PENDING);
        assertThat(effectOf(run).lastError().orElseThrow()).startsWith("Waiting for Google Calendar: Google Calendar"
                + " refused the credentials: Google Calendar answered 401: Invalid Credentials (authError)");
        var status = kit.connections.status(manager, GoogleCalendarConnector.ID);
        assertThat(status.state()).isEqualTo(ConnectionState.FAILING);
        assertThat(status.lastError().orElseThrow()).doesNotContain("ya29.");
        assertThat(google.liveEvents()).isEmpty();
    }

    @Test
    void eventsQueuedWhileGoogleIsDownAreEachCreatedOnceWhenItIsBack() throws Exception {
        connect();
        google.goDown();

        List<UUID> runs = List.of(
                run("google-calendar.event.create", event("Planning", 0)),
                run("google-calendar.event.create", event("Retro", 1)),
                run("google-calendar.event.create", event("Demo", 2)));
        waitFor(() -> runs.stream().allMatch(id -> effectOf(id).lastError().orElse("")
                .startsWith("Waiting for Google Calendar: ")));
        Thread.sleep(2000);
        assertThat(runs).allSatisfy(id -> assertThat(effectOf(id).state()).isEqualTo(RunEffect.State.PENDING));
        var down = kit.connections.status(manager, GoogleCalendarConnector.ID);
        assertThat(down.state()).isEqualTo(ConnectionState.FAILING);
        assertThat(down.lastError().orElseThrow()).contains("Google Calendar could not be reached");

        // Google comes back, but the first answer after the outage is lost on the way.
        google.loseNextAnswers = 1;
        google.comeBack();
        for (UUID id : runs) {
            delivered(id);
        }

        assertThat(google.liveEvents()).extracting(e -> e.path("summary").asText())
                .containsExactlyInAnyOrder("Planning", "Retro", "Demo");
        assertThat(google.liveEvents()).allSatisfy(e -> assertThat(google.inserted(e.path("id").asText()))
                .isEqualTo(1));
        waitFor(() -> kit.connections.status(manager, GoogleCalendarConnector.ID).state()
                == ConnectionState.CONNECTED);
    }

    @Test
    void wrongInputOrNoConnectionFailsTheStepInPlainWordsAndSendsNothing() throws Exception {
        UUID notConnected = run("google-calendar.event.create", event("Planning", 0));
        waitFor(() -> engine.runs.get(manager, notConnected).state() == Run.State.FAILED);
        assertThat(engine.runs.get(manager, notConnected).error().orElseThrow())
                .contains("Google Calendar is not connected for this organisation");

        connect();
        UUID wrong = run("google-calendar.event.create", Map.of("summary", "Backwards", "start",
                "2026-12-01T10:00:00+01:00", "end", "2026-12-01T09:00:00+01:00", "attendees", List.of("not-mail")));
        waitFor(() -> engine.runs.get(manager, wrong).state() == Run.State.FAILED);
        assertThat(engine.runs.get(manager, wrong).error().orElseThrow()).contains("end: must be after start")
                .contains("attendees: must be e-mail addresses");
        UUID noEtag = run("google-calendar.event.update", Map.of("eventId", "review00001", "summary", "x"));
        waitFor(() -> engine.runs.get(manager, noEtag).state() == Run.State.FAILED);
        assertThat(engine.runs.get(manager, noEtag).error().orElseThrow()).contains("etag: is required");
        assertThat(google.requests.stream().filter(r -> !r.method().equals("GET"))).isEmpty();
    }

    private void connect() {
        assertThat(google.authorise(kit.connections, manager)).isEmpty();
    }

    private static Map<String, Object> event(String summary, int day) {
        Instant start = MEETING.plus(day, ChronoUnit.DAYS);
        return Map.of("summary", summary, "start", start.toString(), "end", start.plus(30, ChronoUnit.MINUTES)
                .toString());
    }

    private UUID run(String step, Map<String, Object> input) throws Exception {
        var node = new LinkedHashMap<String, Object>();
        node.put("id", "calendar");
        node.put("type", "step");
        node.put("step", step);
        node.put("input", input);
        node.put("next", "done");
        var definition = Map.of("name", "Calendar " + step, "trigger", Map.of("type", "manual"), "start",
                "calendar", "nodes", List.of(node, Map.of("id", "done", "type", "end")));
        UUID workflow = engine.save(tenant, JSON.writeValueAsString(definition));
        return engine.runs.start(manager, workflow, Map.of()).id();
    }

    private RunEffect effectOf(UUID run) {
        List<RunEffect> effects = engine.runs.get(manager, run).effects();
        return effects.isEmpty() ? new RunEffect("", "", "", RunEffect.State.PENDING, 0, java.util.Optional.empty(),
                Instant.now(), java.util.Optional.empty(), java.util.Optional.empty()) : effects.get(0);
    }

    private RunEffect delivered(UUID run) throws InterruptedException {
        waitFor(() -> effectOf(run).state() == RunEffect.State.DELIVERED);
        return effectOf(run);
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Timed out waiting");
            }
            Thread.sleep(100);
        }
    }
}
