package dev.platina.skill.googlecalendar.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Google Calendar event resource as workflows see it: times as the calendar gave them ({@code dateTime} with its
 * offset, or a {@code date} for all-day events), attendees as e-mail addresses with their answers.
 */
final class CalendarEvent {
    private final JsonNode event;

    CalendarEvent(JsonNode event) {
        this.event = event;
    }

    String id() {
        return event.path("id").asText();
    }

    /** Google's version of the event; deletions reported by a sync may carry none. */
    Optional<String> etag() {
        return Optional.ofNullable(event.path("etag").textValue()).filter(tag -> !tag.isBlank());
    }

    boolean cancelled() {
        return "cancelled".equals(event.path("status").asText());
    }

    Optional<Instant> created() {
        return instant(event.path("created").asText(null));
    }

    Optional<Instant> updated() {
        return instant(event.path("updated").asText(null));
    }

    /** When the event starts; an all-day event starts at midnight in the calendar's time zone. */
    Optional<Instant> start(ZoneId calendarZone) {
        return moment(event.path("start"), calendarZone);
    }

    /** The start as Google wrote it, which also tells occurrences of a recurring event apart. */
    String startText() {
        JsonNode start = event.path("start");
        return start.hasNonNull("dateTime") ? start.get("dateTime").asText() : start.path("date").asText("");
    }

    Map<String, Object> data() {
        var data = new LinkedHashMap<String, Object>();
        data.put("id", id());
        etag().ifPresent(tag -> data.put("etag", tag));
        put(data, "status", "status");
        put(data, "summary", "summary");
        put(data, "description", "description");
        put(data, "location", "location");
        data.put("start", startText());
        JsonNode end = event.path("end");
        data.put("end", end.hasNonNull("dateTime") ? end.get("dateTime").asText() : end.path("date").asText(""));
        data.put("allDay", !event.path("start").hasNonNull("dateTime") && event.path("start").hasNonNull("date"));
        Optional.ofNullable(event.path("start").path("timeZone").textValue()).ifPresent(zone -> data.put(
                "timeZone", zone));
        var attendees = new ArrayList<Map<String, Object>>();
        for (JsonNode attendee : event.path("attendees")) {
            var one = new LinkedHashMap<String, Object>();
            one.put("email", attendee.path("email").asText(""));
            if (attendee.hasNonNull("displayName")) {
                one.put("displayName", attendee.get("displayName").asText());
            }
            one.put("responseStatus", attendee.path("responseStatus").asText("needsAction"));
            if (attendee.path("organizer").asBoolean(false)) {
                one.put("organizer", true);
            }
            attendees.add(one);
        }
        data.put("attendees", attendees);
        put(data, "htmlLink", "htmlLink");
        put(data, "recurringEventId", "recurringEventId");
        put(data, "updated", "updated");
        if (event.path("organizer").hasNonNull("email")) {
            data.put("organizer", event.path("organizer").get("email").asText());
        }
        return data;
    }

    private void put(Map<String, Object> data, String name, String field) {
        if (event.hasNonNull(field)) {
            data.put(name, event.get(field).asText());
        }
    }

    static Optional<Instant> moment(JsonNode time, ZoneId calendarZone) {
        try {
            ZoneId zone = time.hasNonNull("timeZone") ? ZoneId.of(time.get("timeZone").asText()) : calendarZone;
            if (time.hasNonNull("dateTime")) {
                String text = time.get("dateTime").asText();
                // A time without an offset is a wall-clock time in the event's (or calendar's) time zone.
                return Optional.of(text.matches(".*([zZ]|[+-][0-9]{2}:?[0-9]{2})$")
                        ? OffsetDateTime.parse(text).toInstant()
                        : LocalDateTime.parse(text).atZone(zone).toInstant());
            }
            if (time.hasNonNull("date")) {
                return Optional.of(LocalDate.parse(time.get("date").asText()).atStartOfDay(zone).toInstant());
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<Instant> instant(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static ZoneId zoneOf(JsonNode page) {
        try {
            return page.hasNonNull("timeZone") ? ZoneId.of(page.get("timeZone").asText()) : ZoneOffset.UTC;
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
