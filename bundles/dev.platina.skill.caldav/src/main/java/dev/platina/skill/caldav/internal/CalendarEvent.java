package dev.platina.skill.caldav.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A VEVENT as this skill reads it. {@code rule} is the raw RRULE of a recurring event; {@code exceptions} its
 * EXDATEs; {@code recurrenceId} marks a changed occurrence of a recurring event (stored in the same resource).
 */
record CalendarEvent(String uid, EventTime start, Optional<EventTime> end, Optional<Duration> duration,
        String summary, String description, String location, List<String> attendees, Optional<Instant> lastModified,
        int sequence, Optional<String> rule, List<EventTime> exceptions, Optional<EventTime> recurrenceId,
        boolean cancelled) {

    CalendarEvent {
        attendees = List.copyOf(attendees);
        exceptions = List.copyOf(exceptions);
    }

    /** How long each occurrence lasts: DTEND - DTSTART, else DURATION, else a day for all-day events, else 0. */
    Duration length(ZoneId floating) {
        if (end.isPresent()) {
            Duration between = Duration.between(start.instant(floating), end.get().instant(floating));
            return between.isNegative() ? Duration.ZERO : between;
        }
        return duration.orElse(start.date() ? Duration.ofDays(1) : Duration.ZERO);
    }
}
