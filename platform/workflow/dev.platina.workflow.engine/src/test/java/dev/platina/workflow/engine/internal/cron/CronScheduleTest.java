package dev.platina.workflow.engine.internal.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void listsRangesAndStepsCombine() {
        assertThat(firings("5,10-12,40-59/10 * * * *", ZoneOffset.UTC, "2025-01-01T00:00:00Z", 7)).containsExactly(
                "2025-01-01T00:05:00Z", "2025-01-01T00:10:00Z", "2025-01-01T00:11:00Z", "2025-01-01T00:12:00Z",
                "2025-01-01T00:40:00Z", "2025-01-01T00:50:00Z", "2025-01-01T01:05:00Z");
        assertThat(firings("*/20 9-10 * * *", ZoneOffset.UTC, "2025-01-01T00:00:00Z", 4)).containsExactly(
                "2025-01-01T09:00:00Z", "2025-01-01T09:20:00Z", "2025-01-01T09:40:00Z", "2025-01-01T10:00:00Z");
        assertThat(firings("15/30 0 * * *", ZoneOffset.UTC, "2025-01-01T00:00:00Z", 2)).containsExactly(
                "2025-01-01T00:15:00Z", "2025-01-01T00:45:00Z");
    }

    @Test
    void theFiringIsStrictlyAfterTheGivenInstant() {
        assertThat(firings("0 9 * * *", ZoneOffset.UTC, "2025-01-01T09:00:00Z", 1))
                .containsExactly("2025-01-02T09:00:00Z");
        assertThat(firings("0 9 * * *", ZoneOffset.UTC, "2025-01-01T08:59:59.999Z", 1))
                .containsExactly("2025-01-01T09:00:00Z");
    }

    @Test
    void monthAndDayNamesAreCaseInsensitive() {
        assertThat(firings("0 0 1 JAN,jul *", ZoneOffset.UTC, "2025-02-01T00:00:00Z", 2))
                .containsExactly("2025-07-01T00:00:00Z", "2026-01-01T00:00:00Z");
        // 2025-01-01 is a Wednesday.
        assertThat(firings("0 8 * * mon-FRI", ZoneOffset.UTC, "2025-01-02T12:00:00Z", 3))
                .containsExactly("2025-01-03T08:00:00Z", "2025-01-06T08:00:00Z", "2025-01-07T08:00:00Z");
    }

    @Test
    void sundayIsBothZeroAndSeven() {
        for (String sunday : List.of("0", "7", "SUN", "6-7")) {
            assertThat(firings("0 9 * * " + sunday, ZoneOffset.UTC, "2025-01-01T00:00:00Z", 1)).as(sunday)
                    .containsExactly(sunday.equals("6-7") ? "2025-01-04T09:00:00Z" : "2025-01-05T09:00:00Z");
        }
        assertThat(firings("0 9 * * 5-7", ZoneOffset.UTC, "2025-01-01T00:00:00Z", 4)).containsExactly(
                "2025-01-03T09:00:00Z", "2025-01-04T09:00:00Z", "2025-01-05T09:00:00Z", "2025-01-10T09:00:00Z");
    }

    @Test
    void restrictedDayOfMonthAndDayOfWeekMatchEitherAsClassicCron() {
        assertThat(firings("0 0 13 * FRI", ZoneOffset.UTC, "2025-01-01T00:00:00Z", 4)).containsExactly(
                "2025-01-03T00:00:00Z", "2025-01-10T00:00:00Z", "2025-01-13T00:00:00Z", "2025-01-17T00:00:00Z");
        assertThat(firings("0 0 13 * *", ZoneOffset.UTC, "2025-01-01T00:00:00Z", 2))
                .containsExactly("2025-01-13T00:00:00Z", "2025-02-13T00:00:00Z");
        // A day field starting with an asterisk is not a restriction in the classic sense: both must match.
        assertThat(firings("0 0 */2 * FRI", ZoneOffset.UTC, "2025-01-01T00:00:00Z", 2))
                .containsExactly("2025-01-03T00:00:00Z", "2025-01-17T00:00:00Z");
    }

    @Test
    void aTimeSkippedBySpringForwardFiresAtTheFirstInstantAfterTheGap() {
        // Berlin: 2025-03-30 02:00 CET jumps to 03:00 CEST (01:00Z).
        assertThat(firings("30 2 * * *", BERLIN, "2025-03-29T12:00:00Z", 2))
                .containsExactly("2025-03-30T01:00:00Z", "2025-03-31T00:30:00Z");
        // Two firings that both fall into the gap (and one right after it) fire once.
        assertThat(firings("0,30 2-3 * * *", BERLIN, "2025-03-30T00:30:00Z", 3))
                .containsExactly("2025-03-30T01:00:00Z", "2025-03-30T01:30:00Z", "2025-03-31T00:00:00Z");
        // New York: 2025-03-09 02:00 EST jumps to 03:00 EDT (07:00Z).
        assertThat(firings("30 2 * * *", NEW_YORK, "2025-03-08T12:00:00Z", 2))
                .containsExactly("2025-03-09T07:00:00Z", "2025-03-10T06:30:00Z");
    }

    @Test
    void aRepeatedHourFiresOnceAtItsFirstOccurrence() {
        // Berlin: 2025-10-26 03:00 CEST falls back to 02:00 CET (01:00Z); 02:30 happens at 00:30Z and at 01:30Z.
        assertThat(firings("30 2 * * *", BERLIN, "2025-10-25T12:00:00Z", 2))
                .containsExactly("2025-10-26T00:30:00Z", "2025-10-27T01:30:00Z");
        assertThat(firings("*/30 * * * *", BERLIN, "2025-10-26T00:00:00Z", 3))
                .containsExactly("2025-10-26T00:30:00Z", "2025-10-26T02:00:00Z", "2025-10-26T02:30:00Z");
        // Asked from within the second occurrence, the repeated time is not fired again.
        assertThat(firings("45 2 * * *", BERLIN, "2025-10-26T01:10:00Z", 1))
                .containsExactly("2025-10-27T01:45:00Z");
        // New York: 2025-11-02 02:00 EDT falls back to 01:00 EST (06:00Z); 01:30 happens at 05:30Z and 06:30Z.
        assertThat(firings("30 1 * * *", NEW_YORK, "2025-11-01T12:00:00Z", 2))
                .containsExactly("2025-11-02T05:30:00Z", "2025-11-03T06:30:00Z");
    }

    @Test
    void aScheduleThatNeverFiresHasNoNextTime() {
        assertThat(CronSchedule.parse("0 0 30 2 *").next(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
                .isEmpty();
        assertThat(firings("0 0 29 2 *", ZoneOffset.UTC, "2025-01-01T00:00:00Z", 1))
                .containsExactly("2028-02-29T00:00:00Z");
    }

    @Test
    void afterDowntimeOnlyTheLatestMissedFiringIsDue() {
        CronSchedule daily = CronSchedule.parse("0 9 * * *");
        assertThat(daily.latestDue(Instant.parse("2025-01-01T09:00:00Z"), Instant.parse("2025-01-05T12:00:00Z"),
                ZoneOffset.UTC)).isEqualTo("2025-01-05T09:00:00Z");
        assertThat(daily.latestDue(Instant.parse("2025-01-05T09:00:00Z"), Instant.parse("2025-01-05T09:00:30Z"),
                ZoneOffset.UTC)).isEqualTo("2025-01-05T09:00:00Z");
        CronSchedule everyMinute = CronSchedule.parse("* * * * *");
        assertThat(everyMinute.latestDue(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-03-01T10:15:42Z"),
                ZoneOffset.UTC)).isEqualTo("2025-03-01T10:15:00Z");
    }

    @Test
    void syntaxErrorsNameTheFieldAndTheProblem() {
        assertProblem("0 25 * * *", "field 2 (hour): 25 is out of range 0-23");
        assertProblem("60 * * * *", "field 1 (minute): 60 is out of range 0-59");
        assertProblem("0 0 0 * *", "field 3 (day-of-month): 0 is out of range 1-31");
        assertProblem("0 0 * 13 *", "field 4 (month): 13 is out of range 1-12");
        assertProblem("0 0 * * 8", "field 5 (day-of-week): 8 is out of range 0-7");
        assertProblem("0 0 * FOO *", "field 4 (month): 'FOO' is not a number or a name (JAN-DEC)");
        assertProblem("0 0 * * MON-XYZ", "field 5 (day-of-week): 'XYZ' is not a number or a name (SUN-SAT)");
        assertProblem("*/0 * * * *", "field 1 (minute): step 0 must be at least 1");
        assertProblem("0 0 20-10 * *", "field 3 (day-of-month): range 20-10 goes backwards; write it as two ranges,"
                + " e.g. 20-31,1-10");
        assertProblem("0 1,,2 * * *", "field 2 (hour): an empty list element; separate values with single commas");
        assertProblem("0 9 * *", "has 4 fields; a cron schedule has five: minute hour day-of-month month day-of-week,"
                + " e.g. '0 9 * * MON-FRI'");
    }

    private static void assertProblem(String cron, String message) {
        assertThatThrownBy(() -> CronSchedule.parse(cron)).as(cron).isInstanceOf(CronSyntaxException.class)
                .hasMessage(message);
    }

    private static List<String> firings(String cron, ZoneId zone, String after, int count) {
        CronSchedule schedule = CronSchedule.parse(cron);
        var firings = new ArrayList<String>();
        Instant at = Instant.parse(after);
        for (int i = 0; i < count; i++) {
            at = schedule.next(at, zone).orElseThrow();
            firings.add(at.toString());
        }
        return firings;
    }
}
