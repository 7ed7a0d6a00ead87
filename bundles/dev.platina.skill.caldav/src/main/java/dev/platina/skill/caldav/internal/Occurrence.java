package dev.platina.skill.caldav.internal;

import java.time.Instant;

/** One occurrence of an event: the event itself for a single one, or one instance of a recurring one. */
record Occurrence(CalendarEvent event, Instant start, Instant end) {
}
