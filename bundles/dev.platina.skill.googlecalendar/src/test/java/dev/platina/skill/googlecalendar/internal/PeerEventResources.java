package dev.platina.skill.googlecalendar.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * Event resources as Google's peer writes them: what Google adds to a new event ({@code kind}, {@code status},
 * {@code htmlLink}, {@code created}/{@code updated}, creator, organizer, {@code iCalUID}, {@code sequence}), what
 * a change touches, and events people add in the calendar (timed, recurring masters and their occurrences, whose
 * ids are the master's id and the occurrence's start in UTC).
 */
final class PeerEventResources {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OCCURRENCE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Supplier<Instant> clock;

    PeerEventResources(Supplier<Instant> clock) {
        this.clock = clock;
    }

    ObjectNode created(ObjectNode event) {
        String now = now();
        event.put("kind", "calendar#event");
        event.put("status", event.path("status").asText("confirmed"));
        event.put("htmlLink", "https://www.google.com/calendar/event?eid=" + Base64.getUrlEncoder()
                .withoutPadding().encodeToString((event.path("id").asText() + " owner@example.com")
                        .getBytes(StandardCharsets.UTF_8)));
        event.put("created", now);
        event.put("updated", now);
        event.set("creator", JSON.createObjectNode().put("email", "owner@example.com").put("self", true));
        event.set("organizer", JSON.createObjectNode().put("email", "owner@example.com").put("self", true));
        event.put("iCalUID", event.path("id").asText() + "@google.com");
        event.put("sequence", 0);
        event.set("reminders", JSON.createObjectNode().put("useDefault", true));
        return event;
    }

    ObjectNode touched(ObjectNode event) {
        event.put("updated", now());
        event.put("sequence", event.path("sequence").asInt() + 1);
        return event;
    }

    String now() {
        return RFC3339.format(clock.get().truncatedTo(ChronoUnit.MILLIS));
    }

    static ObjectNode timed(String id, String summary, Instant start, Duration length) {
        ObjectNode event = JSON.createObjectNode();
        event.put("id", id);
        event.put("summary", summary);
        times(event, start, length);
        event.putArray("attendees").addObject().put("email", "lin@example.com").put("responseStatus", "accepted");
        return event;
    }

    static ObjectNode recurring(String id, String summary, List<Instant> starts, Duration length) {
        ObjectNode master = JSON.createObjectNode();
        master.put("id", id);
        master.put("summary", summary);
        times(master, starts.get(0), length);
        master.putArray("recurrence").add("RRULE:FREQ=DAILY;COUNT=" + starts.size());
        return master;
    }

    static ObjectNode occurrence(String masterId, String summary, Instant start, Duration length) {
        ObjectNode occurrence = JSON.createObjectNode();
        occurrence.put("id", masterId + "_" + OCCURRENCE.format(start));
        occurrence.put("summary", summary);
        occurrence.put("recurringEventId", masterId);
        occurrence.set("originalStartTime", JSON.createObjectNode().put("dateTime", start.toString()));
        times(occurrence, start, length);
        return occurrence;
    }

    private static void times(ObjectNode event, Instant start, Duration length) {
        event.set("start", JSON.createObjectNode().put("dateTime", start.toString()).put("timeZone",
                GoogleCalendarPeer.ZONE));
        event.set("end", JSON.createObjectNode().put("dateTime", start.plus(length).toString()).put("timeZone",
                GoogleCalendarPeer.ZONE));
    }
}
