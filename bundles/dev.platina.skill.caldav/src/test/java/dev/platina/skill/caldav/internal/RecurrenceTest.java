package dev.platina.skill.caldav.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant FAR_AHEAD = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void dailyWithCountStopsAfterTheCount() {
        assertThat(starts(event("DTSTART:20261124T090000Z", "RRULE:FREQ=DAILY;COUNT=3"), LONG_AGO, FAR_AHEAD))
                .containsExactly("2026-11-24T09:00:00Z", "2026-11-25T09:00:00Z", "2026-11-26T09:00:00Z");
    }

    @Test
    void weeklyOnDaysUntilADateSkipsExceptionsAndKeepsLocalTimeOverSummerTime() {
        List<String> starts = starts(event("DTSTART;TZID=Europe/Berlin:20260323T090000",
                "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260401T235959Z",
                "EXDATE;TZID=Europe/Berlin:20260325T090000"), LONG_AGO, FAR_AHEAD);

        // Summer time begins on 29 March 2026: 09:00 in Berlin is 08:00Z before and 07:00Z after.
        assertThat(starts).containsExactly("2026-03-23T08:00:00Z", "2026-03-30T07:00:00Z", "2026-04-01T07:00:00Z");
    }

    @Test
    void everySecondWeekWithoutByDayUsesTheStartDay() {
        assertThat(starts(event("DTSTART:20261102T100000Z", "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=3"), LONG_AGO,
                FAR_AHEAD)).containsExactly("2026-11-02T10:00:00Z", "2026-11-16T10:00:00Z", "2026-11-30T10:00:00Z");
    }

    @Test
    void onlyOccurrencesStartingInTheWindowCountAndTheWindowIsOpenAtItsStart() {
        var series = event("DTSTART:20261124T090000Z", "RRULE:FREQ=DAILY");

        assertThat(starts(series, Instant.parse("2026-11-25T09:00:00Z"), Instant.parse("2026-11-27T09:00:00Z")))
                .containsExactly("2026-11-26T09:00:00Z", "2026-11-27T09:00:00Z");
    }

    @Test
    void aChangedOccurrenceReplacesTheOneItStandsFor() {
        String calendar = calendar("""
                BEGIN:VEVENT\r
                UID:standup\r
                DTSTART:20261124T090000Z\r
                RRULE:FREQ=DAILY;COUNT=3\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:standup\r
                RECURRENCE-ID:20261125T090000Z\r
                DTSTART:20261125T110000Z\r
                SUMMARY:moved\r
                END:VEVENT\r
                """);

        List<Occurrence> occurrences = Recurrence.startingBetween(ICalendarReader.events(calendar), LONG_AGO,
                FAR_AHEAD, UTC);

        assertThat(occurrences).extracting(o -> o.start().toString()).containsExactlyInAnyOrder(
                "2026-11-24T09:00:00Z", "2026-11-25T11:00:00Z", "2026-11-26T09:00:00Z");
        assertThat(occurrences).filteredOn(o -> o.event().summary().equals("moved")).hasSize(1);
    }

    @Test
    void aMonthlySeriesSkipsMonthsWithoutItsDay() {
        assertThat(starts(event("DTSTART:20260131T080000Z", "RRULE:FREQ=MONTHLY;COUNT=3"), LONG_AGO, FAR_AHEAD))
                .containsExactly("2026-01-31T08:00:00Z", "2026-03-31T08:00:00Z", "2026-05-31T08:00:00Z");
    }

    @Test
    void aRuleNotUnderstoodYieldsItsFirstOccurrenceOnly() {
        assertThat(starts(event("DTSTART:20261124T090000Z", "RRULE:FREQ=MONTHLY;BYDAY=-1FR"), LONG_AGO, FAR_AHEAD))
                .containsExactly("2026-11-24T09:00:00Z");
    }

    private static String event(String... lines) {
        return calendar("BEGIN:VEVENT\r\nUID:e\r\n" + String.join("\r\n", lines) + "\r\nEND:VEVENT\r\n");
    }

    private static String calendar(String events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + events + "END:VCALENDAR\r\n";
    }

    private static List<String> starts(String calendar, Instant after, Instant until) {
        return Recurrence.startingBetween(ICalendarReader.events(calendar), after, until, UTC).stream()
                .map(o -> o.start().toString()).toList();
    }
}
