package dev.platina.skill.caldav.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Changes an event in its calendar resource line by line, so that everything this skill does not understand (alarms,
 * time zone definitions, other clients' X- properties, changed occurrences) stays as the server had it. The main
 * VEVENT (the one without RECURRENCE-ID) gets the new values, SEQUENCE one higher, and new DTSTAMP and
 * LAST-MODIFIED. A new start without a new end keeps the event's length.
 */
final class EventEditor {

    private EventEditor() {
    }

    /** @throws IllegalArgumentException when the resource holds no such event */
    static String edit(String resource, String uid, EventChange change, Instant now, ZoneId floating) {
        List<ContentLine> lines = new ArrayList<>();
        ContentLines.unfold(resource).forEach(line -> lines.add(ContentLine.parse(line)));
        int[] range = mainEvent(lines, uid);
        CalendarEvent before = ICalendarReader.events(resource).stream()
                .filter(event -> event.uid().equals(uid) && event.recurrenceId().isEmpty()).findFirst()
                .orElseThrow();
        EventChange complete = withEnd(change, before, floating);

        Set<String> replaced = new HashSet<>(Set.of("SEQUENCE", "DTSTAMP", "LAST-MODIFIED"));
        complete.summary().ifPresent(v -> replaced.add("SUMMARY"));
        complete.description().ifPresent(v -> replaced.add("DESCRIPTION"));
        complete.location().ifPresent(v -> replaced.add("LOCATION"));
        complete.start().ifPresent(v -> replaced.add("DTSTART"));
        if (complete.end().isPresent()) {
            replaced.add("DTEND");
            replaced.add("DURATION");
        }
        complete.attendees().ifPresent(v -> replaced.add("ATTENDEE"));

        var kept = new ArrayList<ContentLine>();
        var attendees = new ArrayList<ContentLine>();
        int nested = 0;
        for (int i = range[0] + 1; i < range[1]; i++) {
            ContentLine line = lines.get(i);
            if (nested == 0 && line.name().equals("ATTENDEE")) {
                attendees.add(line);
            }
            if (nested == 0 && replaced.contains(line.name())) {
                continue;
            }
            kept.add(line);
            nested += line.name().equals("BEGIN") ? 1 : line.name().equals("END") ? -1 : 0;
        }
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        var event = new ArrayList<ContentLine>();
        event.add(lines.get(range[0]));
        event.addAll(kept);
        event.add(EventTime.utc(stamp).write("DTSTAMP"));
        event.add(EventTime.utc(stamp).write("LAST-MODIFIED"));
        event.add(ContentLine.of("SEQUENCE", Integer.toString(before.sequence() + 1)));
        event.addAll(ICalendarWriter.propertiesOf(complete, attendees));
        event.add(lines.get(range[1]));

        var edited = new ArrayList<ContentLine>(lines.subList(0, range[0]));
        edited.addAll(event);
        edited.addAll(lines.subList(range[1] + 1, lines.size()));
        return ICalendarWriter.written(edited);
    }

    /** A moved start keeps the length the event had, unless the change sets the end too. */
    private static EventChange withEnd(EventChange change, CalendarEvent before, ZoneId floating) {
        if (change.start().isEmpty() || change.end().isPresent()) {
            return change;
        }
        EventTime start = change.start().get();
        Duration length = before.length(floating);
        EventTime end = start.date()
                ? EventTime.day(start.local().toLocalDate().plusDays(Math.max(1, length.toDays())))
                : EventTime.utc(start.instant(floating).plus(length));
        return new EventChange(change.summary(), change.description(), change.location(), change.start(),
                Optional.of(end), change.attendees());
    }

    /** The indexes of the main VEVENT's BEGIN and END lines. */
    private static int[] mainEvent(List<ContentLine> lines, String uid) {
        int begin = -1;
        int depth = 0;
        boolean matches = false;
        boolean occurrence = false;
        for (int i = 0; i < lines.size(); i++) {
            ContentLine line = lines.get(i);
            String value = line.value().strip().toUpperCase(Locale.ROOT);
            if (line.name().equals("BEGIN")) {
                depth++;
                if (depth == 2 && value.equals("VEVENT")) {
                    begin = i;
                    matches = false;
                    occurrence = false;
                }
            } else if (line.name().equals("END")) {
                if (depth == 2 && begin >= 0 && value.equals("VEVENT") && matches && !occurrence) {
                    return new int[] {begin, i};
                }
                depth--;
            } else if (depth == 2 && begin >= 0) {
                matches |= line.name().equals("UID") && line.value().strip().equals(uid);
                occurrence |= line.name().equals("RECURRENCE-ID");
            }
        }
        throw new IllegalArgumentException("The calendar resource holds no event with the UID " + uid);
    }
}
