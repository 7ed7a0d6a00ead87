package dev.platina.skill.caldav.internal;

/** One calendar object resource on the server: its path, its ETag (without quotes) and its iCalendar text. */
record CalendarResource(String href, String etag, String data) {
}
