package dev.platina.skill.caldav.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a new calendar resource holding one VEVENT (RFC 5545), folded, with CRLF line ends. */
final class ICalendarWriter {
    static final String PRODUCT = "-//Platina//CalDAV skill 1.0//EN";

    private ICalendarWriter() {
    }

    static String newEvent(String uid, EventChange fields, Instant now) {
        var lines = new ArrayList<ContentLine>();
        lines.add(ContentLine.of("BEGIN", "VCALENDAR"));
        lines.add(ContentLine.of("VERSION", "2.0"));
        lines.add(ContentLine.of("PRODID", PRODUCT));
        lines.add(ContentLine.of("BEGIN", "VEVENT"));
        lines.add(ContentLine.of("UID", uid));
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        lines.add(EventTime.utc(stamp).write("DTSTAMP"));
        lines.add(EventTime.utc(stamp).write("CREATED"));
        lines.add(EventTime.utc(stamp).write("LAST-MODIFIED"));
        lines.add(ContentLine.of("SEQUENCE", "0"));
        lines.addAll(propertiesOf(fields, List.of()));
        lines.add(ContentLine.of("END", "VEVENT"));
        lines.add(ContentLine.of("END", "VCALENDAR"));
        return written(lines);
    }

    /**
     * The properties for the fields given. Attendees already on the event keep their lines (their names and
     * replies); {@code kept} are those lines.
     */
    static List<ContentLine> propertiesOf(EventChange fields, List<ContentLine> kept) {
        var lines = new ArrayList<ContentLine>();
        fields.start().ifPresent(start -> lines.add(start.write("DTSTART")));
        fields.end().ifPresent(end -> lines.add(end.write("DTEND")));
        fields.summary().ifPresent(text -> lines.add(ContentLine.of("SUMMARY", ContentLines.escape(text))));
        fields.description().ifPresent(text -> lines.add(ContentLine.of("DESCRIPTION", ContentLines.escape(text))));
        fields.location().ifPresent(text -> lines.add(ContentLine.of("LOCATION", ContentLines.escape(text))));
        fields.attendees().ifPresent(addresses -> {
            for (String address : addresses) {
                lines.add(kept.stream().filter(line -> address(line).equalsIgnoreCase(address)).findFirst()
                        .orElse(new ContentLine("ATTENDEE", Map.of("RSVP", "TRUE"), "mailto:" + address)));
            }
        });
        return lines;
    }

    static String address(ContentLine attendee) {
        String value = attendee.value().strip();
        return value.regionMatches(true, 0, "mailto:", 0, 7) ? value.substring(7) : value;
    }

    static String written(List<ContentLine> lines) {
        var text = new StringBuilder();
        lines.forEach(line -> text.append(ContentLines.fold(line.format())));
        return text.toString();
    }
}
