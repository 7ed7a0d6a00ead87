package dev.platina.notification.ui.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.notification.api.NotificationPreferences;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the preferences form holds, checked and turned into preferences; errors name the field to fix. */
record PreferencesDraft(Set<String> mutedChannels, boolean quietHours, LocalTime quietFrom, LocalTime quietUntil,
        String timeZone) {

    static final String FROM = "quietFrom";
    static final String UNTIL = "quietUntil";
    static final String ZONE = "timeZone";

    static PreferencesDraft of(NotificationPreferences preferences) {
        return new PreferencesDraft(preferences.mutedChannels(), preferences.quietFrom().isPresent(),
                preferences.quietFrom().orElse(LocalTime.of(22, 0)), preferences.quietUntil().orElse(LocalTime.of(7,
                        0)), preferences.timeZone().getId());
    }

    /** @throws InvalidInputException naming {@link #FROM}, {@link #UNTIL} or {@link #ZONE} */
    NotificationPreferences toPreferences() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (quietHours) {
            if (quietFrom == null) {
                errors.put(FROM, "Choose when quiet hours start, e.g. 22:00");
            }
            if (quietUntil == null) {
                errors.put(UNTIL, "Choose when quiet hours end, e.g. 07:00");
            }
            if (quietFrom != null && quietFrom.equals(quietUntil)) {
                errors.put(UNTIL, "Quiet hours must end at another time than they start");
            }
        }
        ZoneId zone = null;
        if (timeZone == null || timeZone.isBlank()) {
            errors.put(ZONE, "Choose your time zone, e.g. Europe/Berlin");
        } else {
            try {
                zone = ZoneId.of(timeZone.strip());
            } catch (DateTimeException e) {
                errors.put(ZONE, "'" + timeZone.strip() + "' is not a time zone; choose one such as Europe/Berlin");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NotificationPreferences(mutedChannels, quietHours ? Optional.of(quietFrom) : Optional.empty(),
                quietHours ? Optional.of(quietUntil) : Optional.empty(), zone);
    }
}
