package dev.platina.skill.caldav.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The data of the calendar events this skill publishes, the same fields in each. */
final class EventData {

    private EventData() {
    }

    static Map<String, Object> of(CalendarEvent event, Instant start, Instant end, String calendar, ZoneId floating) {
        var data = new LinkedHashMap<String, Object>();
        data.put("uid", event.uid());
        data.put("summary", event.summary());
        data.put("description", event.description());
        data.put("location", event.location());
        data.put("start", start.toString());
        data.put("end", end.toString());
        data.put("allDay", event.start().date());
        data.put("attendees", event.attendees());
        data.put("recurring", event.rule().isPresent());
        data.put("sequence", event.sequence());
        data.put("calendar", calendar);
        data.put("timeZone", event.start().zone().map(ZoneId::getId).orElse(floating.getId()));
        return data;
    }
}
