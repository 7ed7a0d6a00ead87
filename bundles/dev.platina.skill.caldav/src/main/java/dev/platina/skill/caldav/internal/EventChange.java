package dev.platina.skill.caldav.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a step sets on an event; absent ones are left as they are. Times are whole days (all-day events) or
 * instants, written in UTC. As outbox parameters: texts, {@code start}/{@code end} as {@code 2026-11-24} or
 * {@code 2026-11-24T09:00:00Z}, {@code attendees} as a list of e-mail addresses.
 */
record EventChange(Optional<String> summary, Optional<String> description, Optional<String> location,
        Optional<EventTime> start, Optional<EventTime> end, Optional<List<String>> attendees) {

    EventChange {
        attendees = attendees.map(List::copyOf);
    }

    boolean isEmpty() {
        return summary.isEmpty() && description.isEmpty() && location.isEmpty() && start.isEmpty() && end.isEmpty()
                && attendees.isEmpty();
    }

    Map<String, Object> parameters() {
        var parameters = new LinkedHashMap<String, Object>();
        summary.ifPresent(v -> parameters.put("summary", v));
        description.ifPresent(v -> parameters.put("description", v));
        location.ifPresent(v -> parameters.put("location", v));
        start.ifPresent(v -> parameters.put("start", text(v)));
        end.ifPresent(v -> parameters.put("end", text(v)));
        attendees.ifPresent(v -> parameters.put("attendees", v));
        return parameters;
    }

    static EventChange of(Map<String, Object> parameters) {
        Object attendees = parameters.get("attendees");
        Optional<List<String>> addresses = Optional.empty();
        if (attendees instanceof List<?> list) {
            var all = new ArrayList<String>();
            list.forEach(address -> all.add(String.valueOf(address)));
            addresses = Optional.of(all);
        }
        return new EventChange(text(parameters, "summary"), text(parameters, "description"),
                text(parameters, "location"), text(parameters, "start").map(EventChange::time),
                text(parameters, "end").map(EventChange::time), addresses);
    }

    /** {@code 2026-11-24} as a whole day, {@code 2026-11-24T09:00:00Z} (or with an offset) as an instant. */
    static EventTime time(String text) throws DateTimeParseException {
        String value = text.strip();
        if (value.length() == 10) {
            return EventTime.day(LocalDate.parse(value));
        }
        return EventTime.utc(OffsetDateTime.parse(value).toInstant());
    }

    static String text(EventTime time) {
        return time.date() ? time.local().toLocalDate().toString()
                : time.instant(ZoneOffset.UTC).toString();
    }

    private static Optional<String> text(Map<String, Object> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).map(Object::toString);
    }

    static Instant instantOf(EventTime time) {
        return time.instant(ZoneOffset.UTC);
    }
}
