package dev.platina.skill.caldav.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Expands the events of one calendar resource into occurrences (RFC 5545 section 3.3.10). Understood: FREQ=DAILY,
 * WEEKLY (with BYDAY and WKST), MONTHLY and YEARLY on DTSTART's day, with INTERVAL, COUNT and UNTIL; EXDATE; changed
 * or cancelled occurrences (RECURRENCE-ID). A rule with any other part (BYMONTHDAY, BYSETPOS, BYDAY outside WEEKLY,
 * RDATE ...) is not expanded: only its first occurrence is seen.
 */
final class Recurrence {
    /** Enough for a daily event repeated for a century and more; no poll loops longer than this. */
    static final int MOST_CANDIDATES = 50_000;
    /** Week days without an ordinal ({@code MO,WE}; not {@code -1FR}). */
    private static final String PLAIN_DAYS = "(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*";
    private static final Set<String> UNDERSTOOD = Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "WKST");

    private Recurrence() {
    }

    /** Occurrences of the resource's events that start in {@code (after, until]}. */
    static List<Occurrence> startingBetween(List<CalendarEvent> resource, Instant after, Instant until,
            ZoneId floating) {
        var changed = new HashSet<Instant>();
        for (CalendarEvent event : resource) {
            event.recurrenceId().ifPresent(id -> changed.add(id.instant(floating)));
        }
        var occurrences = new ArrayList<Occurrence>();
        for (CalendarEvent event : resource) {
            if (event.cancelled()) {
                continue;
            }
            if (event.recurrenceId().isPresent() || event.rule().isEmpty() || !understood(event.rule().get())) {
                add(occurrences, event, event.start().instant(floating), after, until, floating);
                continue;
            }
            for (Instant start : starts(event, until, floating)) {
                if (!changed.contains(start)) {
                    add(occurrences, event, start, after, until, floating);
                }
            }
        }
        return occurrences;
    }

    private static void add(List<Occurrence> occurrences, CalendarEvent event, Instant start, Instant after,
            Instant until, ZoneId floating) {
        if (start.isAfter(after) && !start.isAfter(until)) {
            occurrences.add(new Occurrence(event, start, start.plus(event.length(floating))));
        }
    }

    static boolean understood(String rule) {
        Map<String, String> parts = parts(rule);
        String frequency = parts.getOrDefault("FREQ", "");
        if (!Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY").contains(frequency)
                || !UNDERSTOOD.containsAll(parts.keySet())) {
            return false;
        }
        if (parts.containsKey("BYDAY")) {
            return frequency.equals("WEEKLY") && parts.get("BYDAY").matches(PLAIN_DAYS);
        }
        return true;
    }

    /** The starts of a recurring event, in order, up to {@code until}, without its EXDATEs. */
    private static List<Instant> starts(CalendarEvent event, Instant until, ZoneId floating) {
        Map<String, String> parts = parts(event.rule().orElseThrow());
        int interval = Math.max(1, integer(parts.get("INTERVAL"), 1));
        int count = integer(parts.get("COUNT"), Integer.MAX_VALUE);
        Optional<String> ruleEnd = Optional.ofNullable(parts.get("UNTIL"));
        var excluded = new HashSet<Instant>();
        event.exceptions().forEach(exception -> excluded.add(exception.instant(floating)));
        var starts = new ArrayList<Instant>();
        int[] seen = {0};
        new Candidates(event.start().local(), parts, interval).walk(candidate -> {
            seen[0]++;
            if (seen[0] > count || ruleEnd.isPresent() && after(candidate, event.start(), ruleEnd.get(), floating)) {
                return false;
            }
            Instant start = event.start().withLocal(candidate).instant(floating);
            if (start.isAfter(until)) {
                return false;
            }
            if (!excluded.contains(start)) {
                starts.add(start);
            }
            return true;
        });
        return starts;
    }

    private static boolean after(LocalDateTime candidate, EventTime start, String ruleEnd, ZoneId floating) {
        EventTime end = EventTime.read(ContentLine.of("UNTIL", ruleEnd));
        if (end.date()) {
            return candidate.toLocalDate().isAfter(end.local().toLocalDate());
        }
        if (end.zone().isPresent()) {
            return start.withLocal(candidate).instant(floating).isAfter(end.instant(floating));
        }
        return candidate.isAfter(end.local());
    }

    static Map<String, String> parts(String rule) {
        var parts = new LinkedHashMap<String, String>();
        for (String part : rule.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals).strip().toUpperCase(Locale.ROOT),
                        part.substring(equals + 1).strip().toUpperCase(Locale.ROOT));
            }
        }
        return parts;
    }

    private static int integer(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Walks the rule's periods from DTSTART. */
    private static final class Candidates {
        private final LocalDateTime first;
        private final String frequency;
        private final int interval;
        private final List<DayOfWeek> days;
        private final DayOfWeek weekStart;

        Candidates(LocalDateTime first, Map<String, String> parts, int interval) {
            this.first = first;
            this.frequency = parts.get("FREQ");
            this.interval = interval;
            this.weekStart = day(parts.getOrDefault("WKST", "MO"));
            var byDay = new ArrayList<DayOfWeek>();
            if (parts.containsKey("BYDAY")) {
                for (String code : parts.get("BYDAY").split(",")) {
                    byDay.add(day(code));
                }
            } else {
                byDay.add(first.getDayOfWeek());
            }
            byDay.sort((a, b) -> Integer.compare(offset(a), offset(b)));
            this.days = byDay;
        }

        /**
         * Hands the candidate local starts, DTSTART first and in order, to {@code next} until it answers false or
         * {@link #MOST_CANDIDATES} were handed.
         */
        void walk(Predicate<LocalDateTime> next) {
            int handed = 0;
            for (long period = 0; period < MOST_CANDIDATES; period++) {
                long step = period * interval;
                var candidates = new ArrayList<LocalDateTime>(days.size());
                switch (frequency) {
                    case "DAILY" -> candidates.add(first.plusDays(step));
                    case "WEEKLY" -> {
                        LocalDate week = first.toLocalDate().with(TemporalAdjusters.previousOrSame(weekStart))
                                .plusWeeks(step);
                        for (DayOfWeek day : days) {
                            LocalDateTime candidate = week.plusDays(offset(day)).atTime(first.toLocalTime());
                            if (!candidate.isBefore(first)) {
                                candidates.add(candidate);
                            }
                        }
                    }
                    case "MONTHLY" -> sameDay(candidates, first.plusMonths(step));
                    default -> sameDay(candidates, first.plusYears(step));
                }
                for (LocalDateTime candidate : candidates) {
                    if (++handed > MOST_CANDIDATES || !next.test(candidate)) {
                        return;
                    }
                }
            }
        }

        /** A month without DTSTART's day (31st, 29 February) has no occurrence, as RFC 5545 says. */
        private void sameDay(List<LocalDateTime> candidates, LocalDateTime candidate) {
            if (candidate.getDayOfMonth() == first.getDayOfMonth()) {
                candidates.add(candidate);
            }
        }

        private int offset(DayOfWeek day) {
            return Math.floorMod(day.getValue() - weekStart.getValue(), 7);
        }

        private static DayOfWeek day(String code) {
            return switch (code) {
                case "TU" -> DayOfWeek.TUESDAY;
                case "WE" -> DayOfWeek.WEDNESDAY;
                case "TH" -> DayOfWeek.THURSDAY;
                case "FR" -> DayOfWeek.FRIDAY;
                case "SA" -> DayOfWeek.SATURDAY;
                case "SU" -> DayOfWeek.SUNDAY;
                default -> DayOfWeek.MONDAY;
            };
        }
    }

}
