package dev.platina.skill.caldav.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the VEVENTs of an iCalendar object (RFC 5545). Components nested in an event (alarms) are skipped, so their
 * DESCRIPTION or ATTENDEE never pass for the event's; VTIMEZONE definitions are not read (zones are taken by their
 * IANA names, see {@link EventTime}).
 */
final class ICalendarReader {
    private static final Pattern DURATION = Pattern.compile(
            "([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

    private ICalendarReader() {
    }

    /** @throws IllegalArgumentException when the text is not iCalendar or an event lacks its UID or DTSTART */
    static List<CalendarEvent> events(String text) {
        List<String> lines = ContentLines.unfold(text);
        if (lines.isEmpty() || !lines.get(0).equalsIgnoreCase("BEGIN:VCALENDAR")) {
            throw new IllegalArgumentException("Not an iCalendar object (it does not begin with BEGIN:VCALENDAR)");
        }
        var events = new ArrayList<CalendarEvent>();
        EventBuilder event = null;
        int nested = 0;
        for (String raw : lines) {
            ContentLine line = ContentLine.parse(raw);
            boolean begin = line.name().equals("BEGIN");
            boolean end = line.name().equals("END");
            String component = line.value().strip().toUpperCase(Locale.ROOT);
            if (event == null) {
                if (begin && component.equals("VEVENT")) {
                    event = new EventBuilder();
                }
            } else if (nested > 0) {
                nested += begin ? 1 : end ? -1 : 0;
            } else if (begin) {
                nested = 1;
            } else if (end && component.equals("VEVENT")) {
                events.add(event.build());
                event = null;
            } else {
                event.take(line);
            }
        }
        return events;
    }

    /** An RFC 5545 DURATION ({@code PT1H}, {@code P1W}, {@code -P1DT2H}). */
    static Duration duration(String value) {
        Matcher m = DURATION.matcher(value.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("Not an iCalendar duration: " + value);
        }
        Duration length = Duration.ofDays(7 * number(m.group(2)) + number(m.group(3)))
                .plusHours(number(m.group(4))).plusMinutes(number(m.group(5))).plusSeconds(number(m.group(6)));
        return "-".equals(m.group(1)) ? length.negated() : length;
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static final class EventBuilder {
        String uid;
        EventTime start;
        EventTime end;
        Duration duration;
        String summary = "";
        String description = "";
        String location = "";
        final List<String> attendees = new ArrayList<>();
        Instant lastModified;
        int sequence;
        String rule;
        final List<EventTime> exceptions = new ArrayList<>();
        EventTime recurrenceId;
        boolean cancelled;

        void take(ContentLine line) {
            switch (line.name()) {
                case "UID" -> uid = line.value().strip();
                case "DTSTART" -> start = EventTime.read(line);
                case "DTEND" -> end = EventTime.read(line);
                case "DURATION" -> duration = duration(line.value());
                case "SUMMARY" -> summary = ContentLines.unescape(line.value());
                case "DESCRIPTION" -> description = ContentLines.unescape(line.value());
                case "LOCATION" -> location = ContentLines.unescape(line.value());
                case "ATTENDEE" -> attendees.add(address(line.value()));
                case "LAST-MODIFIED" -> lastModified = EventTime.read(line).instant(ZoneOffset.UTC);
                case "SEQUENCE" -> sequence = sequence(line.value());
                case "RRULE" -> rule = line.value().strip();
                case "EXDATE" -> {
                    for (String value : line.value().split(",")) {
                        exceptions.add(EventTime.read(new ContentLine("EXDATE", line.parameters(), value)));
                    }
                }
                case "RECURRENCE-ID" -> recurrenceId = EventTime.read(line);
                case "STATUS" -> cancelled = line.value().strip().equalsIgnoreCase("CANCELLED");
                default -> {
                }
            }
        }

        CalendarEvent build() {
            if (uid == null || uid.isEmpty()) {
                throw new IllegalArgumentException("A VEVENT without a UID");
            }
            if (start == null) {
                throw new IllegalArgumentException("The event " + uid + " has no DTSTART");
            }
            return new CalendarEvent(uid, start, Optional.ofNullable(end), Optional.ofNullable(duration), summary,
                    description, location, attendees, Optional.ofNullable(lastModified), sequence,
                    Optional.ofNullable(rule), exceptions, Optional.ofNullable(recurrenceId), cancelled);
        }

        private static String address(String value) {
            String address = value.strip();
            return address.regionMatches(true, 0, "mailto:", 0, 7) ? address.substring(7) : address;
        }

        private static int sequence(String value) {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
