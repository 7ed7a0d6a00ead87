package dev.platina.skill.googlecalendar.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.VendorAnswer;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code events.list} query read to its last page: the events, the calendar's time zone and, on the last page,
 * the {@code nextSyncToken} for the next incremental sync.
 */
record EventListing(List<CalendarEvent> events, ZoneId zone, Optional<String> nextSyncToken) {
    /** Enough for a busy calendar; beyond it something is wrong (a page token that never ends). */
    static final int MOST_PAGES = 200;
    static final String PAGE_SIZE = "250";

    /** Google no longer knows the sync token (410 Gone): a full sync is needed. */
    static final class SyncTokenGoneException extends IOException {
        private static final long serialVersionUID = 1L;

        SyncTokenGoneException(String message) {
            super(message);
        }
    }

    static EventListing read(CalendarApi calendar, Map<String, String> query)
            throws IOException, InterruptedException {
        var events = new ArrayList<CalendarEvent>();
        ZoneId zone = ZoneOffset.UTC;
        Optional<String> pageToken = Optional.empty();
        for (int page = 0; page < MOST_PAGES; page++) {
            var parameters = new LinkedHashMap<String, String>(query);
            parameters.put("maxResults", PAGE_SIZE);
            pageToken.ifPresent(token -> parameters.put("pageToken", token));
            VendorAnswer answer = calendar.list(parameters);
            if (!answer.ok()) {
                GoogleError error = GoogleError.of(answer);
                if (answer.status() == 410) {
                    throw new SyncTokenGoneException("Google Calendar asks for a full sync: " + error.words());
                }
                throw new IOException("Google Calendar answered " + answer.status() + ": " + error.words());
            }
            JsonNode body = GoogleJson.read(answer.body());
            zone = CalendarEvent.zoneOf(body);
            for (JsonNode item : body.path("items")) {
                events.add(new CalendarEvent(item));
            }
            pageToken = Optional.ofNullable(body.path("nextPageToken").textValue()).filter(t -> !t.isBlank());
            if (pageToken.isEmpty()) {
                return new EventListing(events, zone, Optional.ofNullable(body.path("nextSyncToken").textValue())
                        .filter(t -> !t.isBlank()));
            }
        }
        throw new IOException("Google Calendar kept sending pages (more than " + MOST_PAGES + ").");
    }
}
