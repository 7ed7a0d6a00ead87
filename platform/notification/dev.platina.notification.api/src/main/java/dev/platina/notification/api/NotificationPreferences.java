package dev.platina.notification.api;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a person wants to be told: the channels they turned off, and quiet hours (from-until in their time zone,
 * possibly across midnight) during which notifications wait until the quiet hours end.
 */
public record NotificationPreferences(Set<String> mutedChannels, Optional<LocalTime> quietFrom,
        Optional<LocalTime> quietUntil, ZoneId timeZone) {

    public NotificationPreferences {
        mutedChannels = mutedChannels == null ? Set.of() : Set.copyOf(mutedChannels);
        quietFrom = quietFrom == null ? Optional.empty() : quietFrom;
        quietUntil = quietUntil == null ? Optional.empty() : quietUntil;
        Objects.requireNonNull(timeZone, "timeZone");
    }

    public static NotificationPreferences defaults() {
        return new NotificationPreferences(Set.of(), Optional.empty(), Optional.empty(), ZoneId.of("UTC"));
    }
}
