package dev.platina.skill.caldav.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ICalendarTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    @Test
    void foldsAt75OctetsWithoutSplittingACharacterAndUnfoldsBack() {
        String summary = "SUMMARY:" + "Besprechung über Straßenbau ".repeat(6) + "€";
        String folded = ContentLines.fold(summary);

        for (String physical : folded.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded).endsWith("\r\n").contains("\r\n ");
        assertThat(ContentLines.unfold(folded)).containsExactly(summary);
    }

    @Test
    void unfoldsTabContinuationsAndBareLineFeeds() {
        assertThat(ContentLines.unfold("DESCRIPTION:one\n\ttwo\r\n three\nUID:x\n"))
                .containsExactly("DESCRIPTION:onetwothree", "UID:x");
    }

    @Test
    void escapesAndUnescapesText() {
        String text = "Room 4; bring laptop, charger\nand \\notes";
        String escaped = ContentLines.escape(text);

        assertThat(escaped).isEqualTo("Room 4\\; bring laptop\\, charger\\nand \\\\notes");
        assertThat(ContentLines.unescape(escaped)).isEqualTo(text);
        assertThat(ContentLines.unescape("a\\Nb")).isEqualTo("a\nb");
    }

    @Test
    void readsQuotedParametersWithColons() {
        ContentLine line = ContentLine.parse("ATTENDEE;CN=\"Lin: Sales\";ROLE=REQ-PARTICIPANT:mailto:lin@example.com");

        assertThat(line.name()).isEqualTo("ATTENDEE");
        assertThat(line.parameter("cn")).contains("Lin: Sales");
        assertThat(line.value()).isEqualTo("mailto:lin@example.com");
        assertThatThrownBy(() -> ContentLine.parse("no colon here")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsUtcZonedAndAllDayTimesAndIgnoresAlarmProperties() {
        String calendar = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                BEGIN:VTIMEZONE\r
                TZID:Europe/Berlin\r
                END:VTIMEZONE\r
                BEGIN:VEVENT\r
                UID:zoned-1\r
                DTSTART;TZID=Europe/Berlin:20261124T090000\r
                DTEND;TZID=/mozilla.org/20050126_1/Europe/Berlin:20261124T100000\r
                SUMMARY:Plan\\, review\r
                DESCRIPTION:Line one\\nline two\r
                LOCATION:Room 4\r
                ATTENDEE;CN=Lin:mailto:lin@example.com\r
                ATTENDEE:MAILTO:sam@example.com\r
                LAST-MODIFIED:20261120T080000Z\r
                SEQUENCE:3\r
                BEGIN:VALARM\r
                ACTION:EMAIL\r
                DESCRIPTION:Alarm text\r
                ATTENDEE:mailto:alarm@example.com\r
                END:VALARM\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:day-1\r
                DTSTART;VALUE=DATE:20261125\r
                SUMMARY:Holiday\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:utc-1\r
                DTSTART:20261126T130000Z\r
                DURATION:PT1H30M\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;

        List<CalendarEvent> events = ICalendarReader.events(calendar);

        assertThat(events).hasSize(3);
        CalendarEvent zoned = events.get(0);
        assertThat(zoned.start().instant(UTC)).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
        assertThat(zoned.length(UTC)).hasHours(1);
        assertThat(zoned.summary()).isEqualTo("Plan, review");
        assertThat(zoned.description()).isEqualTo("Line one\nline two");
        assertThat(zoned.attendees()).containsExactly("lin@example.com", "sam@example.com");
        assertThat(zoned.lastModified()).contains(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(zoned.sequence()).isEqualTo(3);
        CalendarEvent day = events.get(1);
        assertThat(day.start().date()).isTrue();
        assertThat(day.start().instant(ZoneId.of("Europe/Berlin"))).isEqualTo(Instant.parse("2026-11-24T23:00:00Z"));
        assertThat(day.length(UTC)).hasDays(1);
        assertThat(events.get(2).length(UTC)).hasMinutes(90);
    }

    @Test
    void refusesTextThatIsNotICalendarAndEventsWithoutUid() {
        assertThatThrownBy(() -> ICalendarReader.events("<html>login</html>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ICalendarReader.events("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261124T090000Z"
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")).hasMessageContaining("UID");
    }

    @Test
    void writesANewEventThatReadsBack() {
        var fields = new EventChange(Optional.of("Kick-off; with \"quotes\", commas"), Optional.of("Agenda:\n1. Hi"),
                Optional.of("Café Zürich"), Optional.of(EventChange.time("2026-11-24T09:00:00Z")),
                Optional.of(EventChange.time("2026-11-24T10:00:00Z")), Optional.of(List.of("lin@example.com")));

        String written = ICalendarWriter.newEvent("abc@platina", fields, Instant.parse("2026-11-22T00:00:00.123Z"));

        assertThat(written).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTAMP:20261122T000000Z\r\n").contains("SEQUENCE:0\r\n");
        CalendarEvent read = ICalendarReader.events(written).get(0);
        assertThat(read.uid()).isEqualTo("abc@platina");
        assertThat(read.summary()).isEqualTo(fields.summary().get());
        assertThat(read.description()).isEqualTo("Agenda:\n1. Hi");
        assertThat(read.location()).isEqualTo("Café Zürich");
        assertThat(read.start().instant(UTC)).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
        assertThat(read.attendees()).containsExactly("lin@example.com");
    }

    @Test
    void editingKeepsWhatItDoesNotChange() {
        String original = """
                BEGIN:VCALENDAR\r
                PRODID:-//Other//Phone//EN\r
                BEGIN:VEVENT\r
                UID:e1\r
                DTSTART:20261124T090000Z\r
                DTEND:20261124T093000Z\r
                SUMMARY:Old\r
                SEQUENCE:2\r
                X-PHONE-COLOUR:blue\r
                ATTENDEE;CN=Lin;PARTSTAT=ACCEPTED:mailto:lin@example.com\r
                ATTENDEE:mailto:sam@example.com\r
                BEGIN:VALARM\r
                TRIGGER:-PT15M\r
                SUMMARY:alarm\r
                END:VALARM\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        var change = new EventChange(Optional.of("New"), Optional.empty(), Optional.empty(),
                Optional.of(EventChange.time("2026-11-25T14:00:00Z")), Optional.empty(),
                Optional.of(List.of("lin@example.com", "kim@example.com")));

        String edited = EventEditor.edit(original, "e1", change, Instant.parse("2026-11-22T10:00:00Z"), UTC);

        CalendarEvent read = ICalendarReader.events(edited).get(0);
        assertThat(read.summary()).isEqualTo("New");
        assertThat(read.sequence()).isEqualTo(3);
        assertThat(read.start().instant(UTC)).isEqualTo(Instant.parse("2026-11-25T14:00:00Z"));
        assertThat(read.end().orElseThrow().instant(UTC)).isEqualTo(Instant.parse("2026-11-25T14:30:00Z"));
        assertThat(read.attendees()).containsExactly("lin@example.com", "kim@example.com");
        assertThat(edited).contains("X-PHONE-COLOUR:blue").contains("PARTSTAT=ACCEPTED").contains("TRIGGER:-PT15M")
                .contains("SUMMARY:alarm").doesNotContain("SUMMARY:Old").doesNotContain("sam@example.com")
                .contains("PRODID:-//Other//Phone//EN");
        assertThatThrownBy(() -> EventEditor.edit(original, "other", change, Instant.now(), UTC))
                .hasMessageContaining("other");
    }

    @Test
    void readsTimesAsStepsGiveThem() {
        assertThat(EventChange.time("2026-11-24")).isEqualTo(EventTime.day(LocalDate.of(2026, 11, 24)));
        assertThat(EventChange.time("2026-11-24T10:00:00+01:00").instant(UTC))
                .isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
        assertThat(EventChange.of(Map.of("start", "2026-11-24")).start().orElseThrow().date()).isTrue();
    }
}
