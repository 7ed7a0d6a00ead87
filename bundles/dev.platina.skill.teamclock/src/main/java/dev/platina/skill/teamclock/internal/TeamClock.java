package dev.platina.skill.teamclock.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The places a team works in and the time there now, earliest first; a working day runs from 08:00 to 18:00. */
final class TeamClock {

    record Place(String zone, String time, String day, boolean workingHours) {
    }

    private final List<ZoneId> zones = new ArrayList<>();

    void add(String zone) {
        ZoneId id;
        try {
            id = ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + zone + "' is not a time zone. Use a name like Europe/Berlin or"
                    + " America/New_York.", e);
        }
        if (!zones.contains(id)) {
            zones.add(id);
        }
    }

    void remove(String zone) {
        zones.removeIf(z -> z.getId().equals(zone));
    }

    List<Place> at(Instant now) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
        return zones.stream().map(z -> ZonedDateTime.ofInstant(now, z))
                // ZoneOffset orders the largest offset (furthest east) first.
                .sorted(Comparator.comparing(ZonedDateTime::getOffset))
                .map(t -> new Place(t.getZone().getId(), time.format(t), day.format(t),
                        t.getHour() >= 8 && t.getHour() < 18))
                .toList();
    }
}
