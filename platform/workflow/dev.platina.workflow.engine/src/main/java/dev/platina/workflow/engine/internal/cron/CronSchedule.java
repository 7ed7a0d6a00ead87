package dev.platina.workflow.engine.internal.cron;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;

/**
 * A classic five-field cron schedule (minute hour day-of-month month day-of-week) evaluated in a time zone.
 *
 * <p>Day of month and day of week follow classic (Vixie) cron: when both are restricted, a day matches if either
 * does; when either starts with an asterisk (also a stepped one, every second day), a day must match both.
 * Across daylight saving time a local time that does not exist (spring forward) fires at the first instant after
 * the gap, and a local time that happens twice (fall back) fires once, at its first occurrence.
 */
public final class CronSchedule {

    /** Far enough to find February 29 across a century year that is not a leap year (2096 to 2104). */
    private static final int DAYS_SEARCHED = 366 * 8 + 2;

    private final String expression;
    private final int[] minutes;
    private final int[] hours;
    private final long daysOfMonth;
    private final long months;
    private final long daysOfWeek;
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;

    private CronSchedule(String expression, String[] fields) {
        this.expression = expression;
        this.minutes = values(CronField.MINUTE.parse(fields[0]));
        this.hours = values(CronField.HOUR.parse(fields[1]));
        this.daysOfMonth = CronField.DAY_OF_MONTH.parse(fields[2]);
        this.months = CronField.MONTH.parse(fields[3]);
        this.daysOfWeek = CronField.DAY_OF_WEEK.parse(fields[4]);
        this.anyDayOfMonth = fields[2].startsWith("*");
        this.anyDayOfWeek = fields[4].startsWith("*");
    }

    /** @throws CronSyntaxException naming the field and the problem, e.g. "field 2 (hour): 25 is out of range 0-23" */
    public static CronSchedule parse(String expression) {
        String[] fields = expression.trim().split("\\s+");
        if (fields.length != 5) {
            throw new CronSyntaxException("has " + (expression.isBlank() ? 0 : fields.length) + " field"
                    + (fields.length == 1 ? "" : "s") + "; a cron schedule has five: minute hour day-of-month month"
                    + " day-of-week, e.g. '0 9 * * MON-FRI'");
        }
        return new CronSchedule(expression.trim(), fields);
    }

    /** The first firing strictly after {@code after}; empty if there is none (such as 30 February). */
    public Optional<Instant> next(Instant after, ZoneId zone) {
        LocalDateTime from = LocalDateTime.ofInstant(after, zone).truncatedTo(ChronoUnit.MINUTES);
        LocalDate date = from.toLocalDate();
        for (int day = 0; day < DAYS_SEARCHED; day++, date = date.plusDays(1)) {
            if (!dayMatches(date)) {
                continue;
            }
            for (int hour : hours) {
                for (int minute : minutes) {
                    LocalDateTime candidate = date.atTime(hour, minute);
                    if (candidate.isBefore(from)) {
                        continue;
                    }
                    Instant instant = instantOf(candidate, zone);
                    // In a repeated hour the candidate maps to its first occurrence, which may already be past.
                    if (instant.isAfter(after)) {
                        return Optional.of(instant);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The latest firing at or before {@code now}, not earlier than {@code due}: after downtime a schedule fires once
     * for the most recent time it missed, not once for every missed time.
     */
    public Instant latestDue(Instant due, Instant now, ZoneId zone) {
        Instant latest = due;
        // Look back in growing windows, so a schedule due long ago does not walk through every missed firing.
        for (Duration window = Duration.ofMinutes(1); now.minus(window).isAfter(due); window = window.multipliedBy(2)) {
            Optional<Instant> inWindow = next(now.minus(window), zone);
            if (inWindow.isPresent() && !inWindow.get().isAfter(now)) {
                latest = inWindow.get();
                break;
            }
        }
        for (Optional<Instant> later = next(latest, zone); later.isPresent() && !later.get().isAfter(now);
                later = next(latest, zone)) {
            latest = later.get();
        }
        return latest;
    }

    @Override
    public String toString() {
        return expression;
    }

    private boolean dayMatches(LocalDate date) {
        if ((months & (1L << date.getMonthValue())) == 0) {
            return false;
        }
        boolean dayOfMonth = (daysOfMonth & (1L << date.getDayOfMonth())) != 0;
        boolean dayOfWeek = (daysOfWeek & (1L << (date.getDayOfWeek().getValue() % 7))) != 0;
        return anyDayOfMonth || anyDayOfWeek ? dayOfMonth && dayOfWeek : dayOfMonth || dayOfWeek;
    }

    private static Instant instantOf(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        // atZone takes the earlier offset in an overlap: the first occurrence.
        return local.atZone(zone).toInstant();
    }

    private static int[] values(long bits) {
        int[] values = new int[Long.bitCount(bits)];
        long rest = bits;
        for (int i = 0; i < values.length; i++) {
            values[i] = Long.numberOfTrailingZeros(rest);
            rest &= rest - 1;
        }
        return values;
    }
}
