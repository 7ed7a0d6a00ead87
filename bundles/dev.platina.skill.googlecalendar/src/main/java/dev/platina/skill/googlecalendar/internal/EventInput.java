package dev.platina.skill.googlecalendar.internal;

import dev.platina.integration.api.StepInput;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the calendar steps' input into the Calendar API's event fields, naming every wrong field at once. Times are
 * {@code 2026-11-30T10:00:00+01:00} (or {@code ...Z}), a wall-clock {@code 2026-11-30T10:00:00} with
 * {@code timeZone}, or a date {@code 2026-11-30} for an all-day event (its end date is the day after it ends).
 */
final class EventInput {
    /** Google's limit for an event's texts is generous; this keeps an AI's runaway text out. */
    static final int LONGEST_TEXT = 8192;
    static final int MOST_ATTENDEES = 100;
    /** Google's event ids: base32hex characters (a-v, 0-9), 5 to 1024 of them. */
    static final Pattern EVENT_ID = Pattern.compile("[a-v0-9]{5,1024}");
    private static final Pattern ANY_EVENT_ID = Pattern.compile("[A-Za-z0-9_@.\\-]{1,1024}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EventInput() {
    }

    /** {@code event.create}: the event with an id chosen now, so a repeated delivery meets its own event. */
    static Map<String, Object> forCreate(Map<String, Object> input) {
        StepInput in = new StepInput(input, LONGEST_TEXT);
        String eventId = in.matching("eventId", false, EVENT_ID, "must be 5 to 1024 of the characters a-v and 0-9"
                + " (Google's base32hex event ids)").orElseGet(EventInput::newEventId);
        var event = new LinkedHashMap<String, Object>();
        event.put("id", eventId);
        in.text("summary", true).ifPresent(text -> event.put("summary", text));
        texts(in, event);
        times(in, event, true);
        attendees(in).ifPresent(list -> event.put("attendees", list));
        String sendUpdates = sendUpdates(in);
        in.check();
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("eventId", eventId);
        parameters.put("event", event);
        parameters.put("sendUpdates", sendUpdates);
        return parameters;
    }

    /** {@code event.update}: the fields to change and the etag of the version they were decided on. */
    static Map<String, Object> forUpdate(Map<String, Object> input) {
        StepInput in = new StepInput(input, LONGEST_TEXT);
        Optional<String> eventId = in.matching("eventId", true, ANY_EVENT_ID, "is not a Google Calendar event id");
        Optional<String> etag = in.text("etag", true);
        var patch = new LinkedHashMap<String, Object>();
        in.text("summary", false).ifPresent(text -> patch.put("summary", text));
        texts(in, patch);
        times(in, patch, false);
        attendees(in).ifPresent(list -> patch.put("attendees", list));
        String sendUpdates = sendUpdates(in);
        if (patch.isEmpty() && !in.hasProblems()) {
            in.problem("summary", "nothing to change: give at least one of summary, description, location,"
                    + " start and end, attendees");
        }
        in.check();
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("eventId", eventId.orElseThrow());
        parameters.put("etag", etag.orElseThrow());
        parameters.put("patch", patch);
        parameters.put("sendUpdates", sendUpdates);
        return parameters;
    }

    /** {@code event.delete}: the event, and optionally the etag it must still have. */
    static Map<String, Object> forDelete(Map<String, Object> input) {
        StepInput in = new StepInput(input, LONGEST_TEXT);
        Optional<String> eventId = in.matching("eventId", true, ANY_EVENT_ID, "is not a Google Calendar event id");
        Optional<String> etag = in.text("etag", false);
        String sendUpdates = sendUpdates(in);
        in.check();
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("eventId", eventId.orElseThrow());
        etag.ifPresent(tag -> parameters.put("etag", tag));
        parameters.put("sendUpdates", sendUpdates);
        return parameters;
    }

    static String newEventId() {
        // Hexadecimal digits are all base32hex characters.
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static void texts(StepInput in, Map<String, Object> event) {
        in.text("description", false).ifPresent(text -> event.put("description", text));
        in.text("location", false).ifPresent(text -> event.put("location", text));
    }

    private static String sendUpdates(StepInput in) {
        return in.bool("notifyAttendees", false) ? "all" : "none";
    }

    private static void times(StepInput in, Map<String, Object> event, boolean required) {
        Optional<String> zone = in.text("timeZone", false);
        if (zone.isPresent()) {
            try {
                ZoneId.of(zone.get());
            } catch (DateTimeException e) {
                in.problem("timeZone", "is not a time zone such as Europe/Berlin");
                zone = Optional.empty();
            }
        }
        boolean either = in.raw("start").isPresent() || in.raw("end").isPresent();
        Optional<Time> start = time(in, "start", required || either, zone);
        Optional<Time> end = time(in, "end", required || either, zone);
        if (start.isEmpty() || end.isEmpty()) {
            return;
        }
        if (start.get().allDay() != end.get().allDay()) {
            in.problem("end", "must be a date when start is a date, and a time when start is a time");
            return;
        }
        ZoneId reference = zone.map(ZoneId::of).orElse(ZoneOffset.UTC);
        if (!start.get().at().apply(reference).isBefore(end.get().at().apply(reference))) {
            in.problem("end", "must be after start");
            return;
        }
        event.put("start", start.get().json());
        event.put("end", end.get().json());
    }

    /** A start or end as the API takes it, and when it is given the time zone of the event. */
    private record Time(Map<String, Object> json, boolean allDay, Function<ZoneId, Instant> at) {
    }

    private static Optional<Time> time(StepInput in, String field, boolean required, Optional<String> zone) {
        Optional<String> text = in.text(field, required);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var json = new LinkedHashMap<String, Object>();
        String value = text.get();
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                json.put("date", date.toString());
                return Optional.of(new Time(json, true, z -> date.atStartOfDay(z).toInstant()));
            }
            if (value.matches(".*([zZ]|[+-][0-9]{2}:[0-9]{2})$")) {
                OffsetDateTime moment = OffsetDateTime.parse(value);
                json.put("dateTime", value);
                zone.ifPresent(z -> json.put("timeZone", z));
                return Optional.of(new Time(json, false, z -> moment.toInstant()));
            }
            LocalDateTime local = LocalDateTime.parse(value);
            if (zone.isEmpty()) {
                in.problem(field, "needs an offset (2026-11-30T10:00:00+01:00) or a timeZone");
                return Optional.empty();
            }
            json.put("dateTime", value);
            json.put("timeZone", zone.get());
            return Optional.of(new Time(json, false, z -> local.atZone(z).toInstant()));
        } catch (DateTimeException e) {
            in.problem(field, "is not a time such as 2026-11-30T10:00:00+01:00 or a date such as 2026-11-30");
            return Optional.empty();
        }
    }

    private static Optional<List<Map<String, Object>>> attendees(StepInput in) {
        Optional<Object> raw = in.raw("attendees");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (!(raw.get() instanceof List<?> given)) {
            in.problem("attendees", "must be a list of e-mail addresses");
            return Optional.empty();
        }
        if (given.size() > MOST_ATTENDEES) {
            in.problem("attendees", "may name at most " + MOST_ATTENDEES + " people");
            return Optional.empty();
        }
        var attendees = new ArrayList<Map<String, Object>>();
        for (Object one : given) {
            Object email = one instanceof Map<?, ?> attendee ? attendee.get("email") : one;
            if (email == null || !EMAIL.matcher(email.toString().strip()).matches()) {
                in.problem("attendees", "must be e-mail addresses (" + email + " is not one)");
                return Optional.empty();
            }
            attendees.add(Map.of("email", email.toString().strip()));
        }
        return Optional.of(attendees);
    }
}
