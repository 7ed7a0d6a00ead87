package dev.platina.skill.caldav.internal;

import static dev.platina.skill.caldav.internal.CalendarKit.phoneEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.integration.api.InboundEvent;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.PlatformEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The polled streams through the kit (cursors stored, repeats dropped) against a real Radicale server, with a clock
 * the test moves.
 */
@ExtendWith({DatabaseExtension.class, RadicaleExtension.class})
class CalDavStreamsTest {
    private final PlatformTestDatabase database;
    private CalendarKit calendar;
    private Radicale radicale;

    CalDavStreamsTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start(Radicale radicale) throws Exception {
        this.calendar = new CalendarKit(database, radicale);
        this.radicale = radicale;
    }

    @Test
    void theEventsStreamReportsEachCreationChangeAndDeletionOnce() throws Exception {
        calendar.connect(Radicale.PASSWORD, radicale.calendarUrl());
        var clock = new TestClock(Instant.parse("2026-11-30T08:00:00Z"));
        var events = new EventsStream(clock);
        calendar.kit.register(events);
        radicale.put("before.ics", phoneEvent("before", "There before connecting", "20261201T090000Z", 0));

        assertThat(calendar.poll(events)).as("the first poll only notes what is there").isEmpty();
        radicale.put("standup.ics", phoneEvent("standup", "Stand-up", "20261201T090000Z", 0));
        radicale.put("far.ics", phoneEvent("far", "Next year", "20271201T090000Z", 0));
        List<PlatformEvent> created = calendar.poll(events);
        assertThat(calendar.poll(events)).isEmpty();
        radicale.put("standup.ics", phoneEvent("standup", "Stand-up (longer)", "20261201T090000Z", 1));
        List<PlatformEvent> updated = calendar.poll(events);
        radicale.delete("standup.ics");
        List<PlatformEvent> deleted = calendar.poll(events);
        clock.advance(Duration.ofDays(3));
        List<PlatformEvent> afterTheWindowMoved = calendar.poll(events);

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
        assertThat(calendar.published).extracting(PlatformEvent::id).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void theStartingStreamFiresOncePerOccurrence() throws Exception {
        calendar.connect(Radicale.PASSWORD, radicale.calendarUrl());
        var clock = new TestClock(Instant.parse("2026-12-01T08:50:00Z"));
        var starting = new StartingStream(clock);
        calendar.kit.register(starting);
        radicale.put("past.ics", phoneEvent("past", "Already begun", "20261201T084500Z", 0));
        radicale.put("daily.ics", phoneEvent("daily", "Stand-up", "20261201T090000Z", 0)
                .replace("SEQUENCE:0", "SEQUENCE:0\r\nRRULE:FREQ=DAILY;COUNT=2"));
        radicale.put("review.ics", phoneEvent("review", "Review", "20261201T090500Z", 0));

        assertThat(calendar.poll(starting)).as("the first poll starts from now").isEmpty();
        clock.advance(Duration.ofMinutes(10));
        List<PlatformEvent> atNine = calendar.poll(starting);
        List<InboundEvent> overlapping = starting.poll(calendar.connection(), Optional.of("2026-12-01T08:50:00Z"))
                .events();
        clock.advance(Duration.ofSeconds(30));
        List<PlatformEvent> next = calendar.poll(starting);
        clock.set(Instant.parse("2026-12-01T09:06:00Z"));
        List<PlatformEvent> atFive = calendar.poll(starting);
        clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        List<PlatformEvent> nextDay = calendar.poll(starting);
        clock.set(Instant.parse("2026-12-03T09:00:00Z"));
        List<PlatformEvent> afterTheCount = calendar.poll(starting);

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
        assertThat(calendar.published).extracting(PlatformEvent::id).doesNotHaveDuplicates().hasSize(3);
    }
}
