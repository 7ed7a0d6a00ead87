package dev.platina.skill.caldav.internal;

import dev.platina.integration.api.StepInput;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the event fields the calendar steps share, collecting problems in the step's {@link StepInput}. */
final class EventInput {
    static final int LONGEST_TEXT = 8_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern UID = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private EventInput() {
    }

    /** The event's fields; for a new event the summary and start are required and the end defaults. */
    static EventChange fields(StepInput input, boolean creating) {
        Optional<String> summary = input.text("summary", creating);
        Optional<String> description = input.text("description", false);
        Optional<String> location = input.text("location", false);
        Optional<EventTime> start = time(input, "start", creating);
        Optional<EventTime> end = time(input, "end", false);
        if (start.isPresent() && end.isPresent()) {
            if (start.get().date() != end.get().date()) {
                input.problem("end", "must be a day when start is a day, and a time when start is a time");
            } else if (!EventChange.instantOf(end.get()).isAfter(EventChange.instantOf(start.get()))) {
                input.problem("end", "must be after start");
            }
        }
        if (creating && start.isPresent() && end.isEmpty()) {
            end = Optional.of(start.get().date()
                    ? EventTime.day(start.get().local().toLocalDate().plusDays(1))
                    : EventTime.utc(EventChange.instantOf(start.get()).plus(Duration.ofHours(1))));
        }
        return new EventChange(summary, description, location, start, end, attendees(input));
    }

    static Optional<String> uid(StepInput input) {
        return input.matching("uid", true, UID, "is not an event UID (printable characters, no spaces)");
    }

    static Map<String, Object> schemaOfFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("summary", Map.of("type", "string", "description", "The event's title"));
        fields.put("start", Map.of("type", "string", "description", "2026-11-24T09:00:00Z (a time) or 2026-11-24"
                + " (an all-day event)"));
        fields.put("end", Map.of("type", "string", "description", "Like start; for all-day events the day after"
                + " the last day. Default: one hour (or one day) after start"));
        fields.put("description", Map.of("type", "string"));
        fields.put("location", Map.of("type", "string"));
        fields.put("attendees", Map.of("type", "array", "items", Map.of("type", "string", "format", "email"),
                "description", "E-mail addresses; on an update, the whole new list"));
        return fields;
    }

    private static Optional<EventTime> time(StepInput input, String field, boolean required) {
        Optional<String> text = input.text(field, required);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(EventChange.time(text.get()));
        } catch (DateTimeParseException e) {
            input.problem(field, "is not a day such as 2026-11-24 or a time such as 2026-11-24T09:00:00Z");
            return Optional.empty();
        }
    }

    private static Optional<List<String>> attendees(StepInput input) {
        Optional<Object> raw = input.raw("attendees");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (!(raw.get() instanceof List<?> list)) {
            input.problem("attendees", "must be a list of e-mail addresses");
            return Optional.empty();
        }
        var addresses = new ArrayList<String>();
        for (Object item : list) {
            String address = String.valueOf(item).strip();
            if (!EMAIL.matcher(address).matches()) {
                input.problem("attendees", "'" + address + "' is not an e-mail address");
                return Optional.empty();
            }
            addresses.add(address);
        }
        return Optional.of(addresses);
    }
}
