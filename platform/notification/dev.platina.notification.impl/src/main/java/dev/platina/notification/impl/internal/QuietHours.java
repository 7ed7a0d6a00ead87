package dev.platina.notification.impl.internal;

import dev.platina.notification.api.NotificationPreferences;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** When a notification may go out under a person's quiet hours: now, or when their quiet hours end. */
final class QuietHours {

    private QuietHours() {
    }

    static Instant notBefore(NotificationPreferences preferences, Instant now) {
        if (preferences.quietFrom().isEmpty() || preferences.quietUntil().isEmpty()) {
            return now;
        }
        LocalTime from = preferences.quietFrom().get();
        LocalTime until = preferences.quietUntil().get();
        if (from.equals(until)) {
            return now;
        }
        ZonedDateTime local = now.atZone(preferences.timeZone());
        LocalTime time = local.toLocalTime();
        boolean acrossMidnight = from.isAfter(until);
        boolean quiet = acrossMidnight ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
        if (!quiet) {
            return now;
        }
        ZonedDateTime end = local.with(until);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        // A time skipped by a daylight-saving change resolves to the next valid instant (ZonedDateTime does this).
        return end.toInstant();
    }
}
