package dev.platina.skill.caldav.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.api.ConnectorStatus;
import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.PollingSource;
import dev.platina.integration.impl.internal.KitForConnectorTests;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.EventReceipt;
import dev.platina.workflow.api.OutboundMessage;
import dev.platina.workflow.api.OutboxDelivery;
import dev.platina.workflow.api.PlatformEvent;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The skill inside the integration kit against a real Radicale CalDAV server: PostgreSQL with row-level security,
 * the kit's connection service (secrets sealed) and guarded deliveries; the polling sources read the connection the
 * kit hands out.
 */
@ExtendWith({DatabaseExtension.class, RadicaleExtension.class})
class CalDavThroughTheKitTest {
    private final PlatformTestDatabase database;
    private final List<PlatformEvent> published = new CopyOnWriteArrayList<>();
    private Radicale radicale;
    private KitForConnectorTests kit;
    private ConnectionService service;
    private CalDavChannel channel;
    private TenantId tenant;
    private Caller admin;

    CalDavThroughTheKitTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start(Radicale radicale) throws Exception {
        this.radicale = radicale;
        kit = new KitForConnectorTests(database, new JdbcAuditLog(database.transactions()),
                (publisher, event) -> {
                    published.add(event);
                    return new EventReceipt(event.id(), false, List.of(), 0);
                }, Duration.ofSeconds(2))
                .register(new CalDavConnector());
        service = kit.connections;
        channel = new CalDavChannel(kit.deliveries);
        tenant = database.newTenant();
        admin = new Caller(tenant, UUID.randomUUID(), "admin", Set.of("Admin"), Permission.all(), Caller.Kind.USER,
                "test");
    }

    @Test
    void theCheckFindsTheCalendarAndSaysWhatIsWrong() {
        assertThatThrownBy(() -> connect(Radicale.PASSWORD + "x", radicale.calendarUrl()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("refused the user name or password");
        assertThatThrownBy(() -> connect(Radicale.PASSWORD, radicale.origin() + "/alice/missing/"))
                .hasMessageContaining("no calendar at this address");
        assertThatThrownBy(() -> connect(Radicale.PASSWORD, radicale.origin() + "/alice/"))
                .hasMessageContaining("not a calendar");

        ConnectorStatus status = connect(Radicale.PASSWORD, radicale.calendarUrl());

        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.secretsSet()).containsExactly(CalDavConnector.PASSWORD);
        assertThat(status.settings()).doesNotContainValue(Radicale.PASSWORD);
    }

    @Test
    void createUpdateAndDeleteGoThroughTheChannelOnce() throws Exception {
        connect(Radicale.PASSWORD, radicale.calendarUrl());
        OutboxDelivery create = queued(new CreateEventStep(service), Map.of("summary", "Kick-off, part 1",
                "start", "2026-12-01T09:00:00Z", "location", "Room 4", "attendees", List.of("lin@example.com")));

        DeliveryResult created = channel.deliver(create);
        DeliveryResult repeated = channel.deliver(create);

        assertThat(created.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(created.receipt()).containsEntry("outcome", "created");
        assertThat(repeated.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(repeated.receipt()).containsEntry("outcome", "existed");
        assertThat(radicale.entries()).hasSize(1);
        String uid = created.receipt().get("uid").toString();
        String href = created.receipt().get("href").toString();
        CalendarEvent stored = storedEvent(href);
        assertThat(stored.summary()).isEqualTo("Kick-off, part 1");
        assertThat(stored.end().orElseThrow().instant(java.time.ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));

        DeliveryResult updated = channel.deliver(queued(new UpdateEventStep(service), Map.of("uid", uid, "etag",
                created.receipt().get("etag"), "summary", "Kick-off (moved)", "start", "2026-12-02T09:00:00Z")));

        assertThat(updated.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(updated.receipt().get("etag")).isNotEqualTo(created.receipt().get("etag"));
        stored = storedEvent(href);
        assertThat(stored.summary()).isEqualTo("Kick-off (moved)");
        assertThat(stored.sequence()).isEqualTo(1);
        assertThat(stored.location()).isEqualTo("Room 4");
        assertThat(stored.end().orElseThrow().instant(java.time.ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));

        OutboxDelivery delete = queued(new DeleteEventStep(service), Map.of("uid", uid, "etag",
                updated.receipt().get("etag")));
        assertThat(channel.deliver(delete).receipt()).containsEntry("outcome", "deleted");
        assertThat(channel.deliver(delete).receipt()).containsEntry("outcome", "alreadyGone");
        assertThat(radicale.entries()).isEmpty();
    }

    @Test
    void whenTheCalendarChangedSinceTheWorkflowReadItTheCalendarWins() throws Exception {
        connect(Radicale.PASSWORD, radicale.calendarUrl());
        String readEtag = radicale.put("review.ics", calendar("review", "Review", "20261201T090000Z", 0));
        String phoneEtag = radicale.put("review.ics", calendar("review", "Review (changed on a phone)",
                "20261201T100000Z", 1));

        DeliveryResult update = channel.deliver(queued(new UpdateEventStep(service), Map.of("uid", "review",
                "etag", readEtag, "href", "/alice/work/review.ics", "summary", "Review (from the workflow)")));
        DeliveryResult delete = channel.deliver(queued(new DeleteEventStep(service), Map.of("uid", "review",
                "etag", readEtag, "href", "/alice/work/review.ics")));

        assertThat(update.kind()).isEqualTo(DeliveryResult.Kind.REFUSED);
        assertThat(update.reason().orElseThrow()).contains("Conflict").contains("review").contains(readEtag)
                .contains(phoneEtag).contains("calendar's version wins");
        assertThat(delete.kind()).isEqualTo(DeliveryResult.Kind.REFUSED);
        assertThat(delete.reason().orElseThrow()).contains("Conflict").contains("not deleted");
        assertThat(storedEvent("/alice/work/review.ics").summary()).isEqualTo("Review (changed on a phone)");
        assertThat(service.status(admin, CalDavConnector.ID).state()).isEqualTo(ConnectionState.CONNECTED);

        DeliveryResult outside = channel.deliver(queued(new DeleteEventStep(service), Map.of("uid", "x",
                "href", "/alice/other/x.ics")));
        assertThat(outside.kind()).isEqualTo(DeliveryResult.Kind.REFUSED);
    }

    @Test
    void theEventsStreamReportsEachCreationChangeAndDeletionOnce() throws Exception {
        connect(Radicale.PASSWORD, radicale.calendarUrl());
        var clock = new TestClock(Instant.parse("2026-11-30T08:00:00Z"));
        var events = new EventsStream(clock);
        kit.register(events);
        radicale.put("before.ics", calendar("before", "There before connecting", "20261201T090000Z", 0));

        assertThat(poll(events)).as("the first poll only notes what is there").isEmpty();
        radicale.put("standup.ics", calendar("standup", "Stand-up", "20261201T090000Z", 0));
        radicale.put("far.ics", calendar("far", "Next year", "20271201T090000Z", 0));
        List<PlatformEvent> created = poll(events);
        assertThat(poll(events)).isEmpty();
        radicale.put("standup.ics", calendar("standup", "Stand-up (longer)", "20261201T090000Z", 1));
        List<PlatformEvent> updated = poll(events);
        radicale.delete("standup.ics");
        List<PlatformEvent> deleted = poll(events);
        clock.advance(Duration.ofDays(3));
        List<PlatformEvent> afterTheWindowMoved = poll(events);

        assertThat(created).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("calendar.event.created");
            assertThat(event.data()).containsEntry("uid", "standup").containsEntry("summary", "Stand-up")
                    .containsEntry("start", "2026-12-01T09:00:00Z").containsEntry("href", "/alice/work/standup.ics")
                    .containsKey("etag").containsEntry("attendees", List.of("lin@example.com"))
                    .containsEntry("connector", CalDavConnector.ID);
        });
        assertThat(updated).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("calendar.event.updated");
            assertThat(event.data()).containsEntry("summary", "Stand-up (longer)");
            assertThat(event.id()).startsWith("caldav:standup/").isNotEqualTo(created.get(0).id());
        });
        assertThat(deleted).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("calendar.event.deleted");
            assertThat(event.data()).containsEntry("uid", "standup");
        });
        assertThat(afterTheWindowMoved).as("'before' slid out of the window but still exists").isEmpty();
        assertThat(published).extracting(PlatformEvent::id).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void theStartingStreamFiresOncePerOccurrence() throws Exception {
        connect(Radicale.PASSWORD, radicale.calendarUrl());
        var clock = new TestClock(Instant.parse("2026-12-01T08:50:00Z"));
        var starting = new StartingStream(clock);
        kit.register(starting);
        radicale.put("past.ics", calendar("past", "Already begun", "20261201T084500Z", 0));
        radicale.put("daily.ics", calendar("daily", "Stand-up", "20261201T090000Z", 0)
                .replace("SEQUENCE:0", "SEQUENCE:0\r\nRRULE:FREQ=DAILY;COUNT=2"));
        radicale.put("review.ics", calendar("review", "Review", "20261201T090500Z", 0));

        assertThat(poll(starting)).as("the first poll starts from now").isEmpty();
        clock.advance(Duration.ofMinutes(10));
        List<PlatformEvent> atNine = poll(starting);
        List<InboundEvent> overlapping = starting.poll(connection(), Optional.of("2026-12-01T08:50:00Z")).events();
        clock.advance(Duration.ofSeconds(30));
        List<PlatformEvent> next = poll(starting);
        clock.set(Instant.parse("2026-12-01T09:06:00Z"));
        List<PlatformEvent> atFive = poll(starting);
        clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        List<PlatformEvent> nextDay = poll(starting);
        clock.set(Instant.parse("2026-12-03T09:00:00Z"));
        List<PlatformEvent> afterTheCount = poll(starting);

        assertThat(atNine).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo("caldav:daily@2026-12-01T09:00:00Z");
            assertThat(event.type()).isEqualTo("calendar.event.starting");
            assertThat(event.data()).containsEntry("summary", "Stand-up").containsEntry("start",
                    "2026-12-01T09:00:00Z").containsEntry("end", "2026-12-01T09:30:00Z")
                    .containsEntry("location", "Room 4").containsEntry("attendees", List.of("lin@example.com"))
                    .containsEntry("calendar", radicale.calendarUrl()).containsEntry("uid", "daily");
            assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        });
        assertThat(overlapping).as("an overlapping poll finds the same ids, which the kit drops as repeats")
                .extracting(InboundEvent::id).containsExactly("daily@2026-12-01T09:00:00Z");
        assertThat(next).isEmpty();
        assertThat(atFive).extracting(PlatformEvent::id).containsExactly("caldav:review@2026-12-01T09:05:00Z");
        assertThat(nextDay).extracting(PlatformEvent::id).containsExactly("caldav:daily@2026-12-02T09:00:00Z");
        assertThat(afterTheCount).isEmpty();
        assertThat(published).extracting(PlatformEvent::id).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void writesWaitWhileTheServerIsDownAndHappenOnceWhenItIsBack() throws Exception {
        connect(Radicale.PASSWORD, radicale.calendarUrl());
        OutboxDelivery create = queued(new CreateEventStep(service), Map.of("summary", "Planning",
                "start", "2026-12-01"));
        radicale.stop();

        DeliveryResult waiting = channel.deliver(create);

        assertThat(waiting.kind()).isEqualTo(DeliveryResult.Kind.RETRY);
        assertThat(waiting.reason().orElseThrow()).contains(CalDavConnector.NAME);
        assertThat(service.status(admin, CalDavConnector.ID).state()).isEqualTo(ConnectionState.FAILING);

        radicale.start();
        DeliveryResult delivered = channel.deliver(create);
        DeliveryResult again = channel.deliver(create);

        assertThat(delivered.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(again.receipt()).containsEntry("outcome", "existed");
        assertThat(radicale.entries()).hasSize(1);
        assertThat(storedEvent(delivered.receipt().get("href").toString()).start().date()).isTrue();
        assertThat(service.status(admin, CalDavConnector.ID).state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void stepsRefuseWrongInputBeforeQueuing() throws Exception {
        connect(Radicale.PASSWORD, radicale.calendarUrl());

        StepOutcome outcome = new CreateEventStep(service).execute(execution(Map.of("start", "tomorrow",
                "end", "2026-12-01", "attendees", List.of("not-an-address"))));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.failure().orElseThrow()).contains("summary").contains("start").contains("attendees");
        StepOutcome nothingToChange = new UpdateEventStep(service).execute(execution(Map.of("uid", "x", "etag",
                "e")));
        assertThat(nothingToChange.failure().orElseThrow()).contains("nothing to change");
    }

    private ConnectorStatus connect(String password, String url) {
        return service.connect(admin, CalDavConnector.ID, Map.of(CalDavConnector.CALENDAR_URL, url,
                CalDavConnector.USERNAME, Radicale.USER, CalDavConnector.PASSWORD, password));
    }

    private Connection connection() {
        return service.connection(tenant, CalDavConnector.ID).orElseThrow();
    }

    private CalendarEvent storedEvent(String href) throws Exception {
        var answer = radicale.get(href);
        assertThat(answer.statusCode()).isEqualTo(200);
        return ICalendarReader.events(answer.body()).get(0);
    }

    private OutboxDelivery queued(WorkflowStep step, Map<String, Object> input) throws Exception {
        StepOutcome outcome = step.execute(execution(input));
        OutboundMessage message = outcome.effects().stream().filter(OutboundMessage.class::isInstance)
                .map(OutboundMessage.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("nothing queued: " + outcome));
        assertThat(message.channel()).isEqualTo(CalDavChannel.NAME);
        return new OutboxDelivery(tenant, UUID.randomUUID(), UUID.randomUUID() + ":" + step.descriptor().type(),
                message.payload(), 1);
    }

    private static String calendar(String uid, String summary, String start, int sequence) {
        String end = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(LocalDateTime.parse(start,
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")).plusMinutes(30));
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\nUID:" + uid
                + "\r\nDTSTAMP:20261120T080000Z\r\nDTSTART:" + start + "\r\nDTEND:" + end + "\r\nSUMMARY:" + summary
                + "\r\nLOCATION:Room 4\r\nATTENDEE:mailto:lin@example.com\r\nSEQUENCE:" + sequence
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    private StepExecution execution(Map<String, Object> input) {
        UUID run = UUID.randomUUID();
        return new StepExecution() {
            @Override
            public UUID runId() {
                return run;
            }

            @Override
            public String nodeId() {
                return "calendar";
            }

            @Override
            public Map<String, Object> input() {
                return input;
            }

            @Override
            public Caller caller() {
                return admin;
            }

            @Override
            public String idempotencyKey() {
                return run + ":calendar";
            }

            @Override
            public int attempt() {
                return 1;
            }
        };
    }

    /** One poll through the kit (cursor stored, repeats dropped); what it published. */
    private List<PlatformEvent> poll(PollingSource source) {
        int before = published.size();
        assertThat(kit.poll(source, tenant)).as("the poll worked").isTrue();
        return List.copyOf(published.subList(before, published.size()));
    }
}
