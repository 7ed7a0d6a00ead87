package dev.platina.skill.caldav.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * A DATE or DATE-TIME as iCalendar states it (RFC 5545 section 3.3.4/3.3.5): a whole day (all-day events), a UTC
 * time ({@code Z}), a local time in a named zone ({@code TZID=Europe/Berlin}), or a floating local time. Zones are
 * resolved by their IANA name; a server's own name that Java does not know (an Outlook "W. Europe Standard Time")
 * is read in the connection's time zone, like a floating time.
 */
record EventTime(LocalDateTime local, Optional<ZoneId> zone, boolean date) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    static EventTime utc(Instant instant) {
        return new EventTime(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), Optional.of(ZoneOffset.UTC), false);
    }

    static EventTime day(LocalDate day) {
        return new EventTime(day.atStartOfDay(), Optional.empty(), true);
    }

    /** The instant; floating times and whole days are taken in {@code floating}. */
    Instant instant(ZoneId floating) {
        return local.atZone(zone.orElse(floating)).toInstant();
    }

    EventTime withLocal(LocalDateTime other) {
        return new EventTime(other, zone, date);
    }

    /** Reads a property's value with its {@code VALUE} and {@code TZID} parameters. */
    static EventTime read(ContentLine line) {
        String value = line.value().strip();
        try {
            if (value.length() == 8 || line.parameter("VALUE").filter("DATE"::equalsIgnoreCase).isPresent()) {
                return day(LocalDate.parse(value.substring(0, 8), DATE));
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                return new EventTime(LocalDateTime.parse(value.substring(0, value.length() - 1), DATE_TIME),
                        Optional.of(ZoneOffset.UTC), false);
            }
            return new EventTime(LocalDateTime.parse(value, DATE_TIME),
                    line.parameter("TZID").flatMap(EventTime::zoneNamed), false);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(line.name() + " is not an iCalendar date or time: " + value);
        }
    }

    /** As a property: {@code DTSTART;VALUE=DATE:20261124} or {@code DTSTART:20261124T090000Z}. */
    ContentLine write(String name) {
        if (date) {
            return new ContentLine(name, Map.of("VALUE", "DATE"), DATE.format(local));
        }
        if (zone.isPresent() && zone.get().normalized().equals(ZoneOffset.UTC)) {
            return ContentLine.of(name, DATE_TIME.format(local) + "Z");
        }
        if (zone.isPresent()) {
            return new ContentLine(name, Map.of("TZID", zone.get().getId()), DATE_TIME.format(local));
        }
        return ContentLine.of(name, DATE_TIME.format(local));
    }

    /** An IANA zone, also when a server prefixes it ({@code /mozilla.org/20050126_1/Europe/Berlin}). */
    static Optional<ZoneId> zoneNamed(String tzid) {
        String name = tzid.strip();
        while (!name.isEmpty()) {
            try {
                return Optional.of(ZoneId.of(name));
            } catch (DateTimeException e) {
                int slash = name.indexOf('/');
                if (slash < 0) {
                    return Optional.empty();
                }
                name = name.substring(slash + 1);
            }
        }
        return Optional.empty();
    }
}
