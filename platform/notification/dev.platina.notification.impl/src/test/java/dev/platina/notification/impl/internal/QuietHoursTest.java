package dev.platina.notification.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.notification.api.NotificationPreferences;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static NotificationPreferences quiet(String from, String until) {
        return new NotificationPreferences(Set.of(), Optional.of(LocalTime.parse(from)),
                Optional.of(LocalTime.parse(until)), BERLIN);
    }

    @Test
    void outsideQuietHoursANotificationGoesAtOnce() {
        Instant noon = Instant.parse("2026-06-10T10:00:00Z");
        assertThat(QuietHours.notBefore(quiet("22:00", "07:00"), noon)).isEqualTo(noon);
        assertThat(QuietHours.notBefore(NotificationPreferences.defaults(), noon)).isEqualTo(noon);
    }

    @Test
    void quietHoursAcrossMidnightHoldItUntilTheyEndInThePersonsTimeZone() {
        // 23:30 in Berlin (summer, UTC+2) waits until 07:00 the next morning there.
        assertThat(QuietHours.notBefore(quiet("22:00", "07:00"), Instant.parse("2026-06-10T21:30:00Z")))
                .isEqualTo(Instant.parse("2026-06-11T05:00:00Z"));
        // 05:00 in Berlin waits until 07:00 the same morning.
        assertThat(QuietHours.notBefore(quiet("22:00", "07:00"), Instant.parse("2026-06-11T03:00:00Z")))
                .isEqualTo(Instant.parse("2026-06-11T05:00:00Z"));
        assertThat(QuietHours.notBefore(quiet("22:00", "07:00"), Instant.parse("2026-06-11T05:00:00Z")))
                .as("the end itself is no longer quiet").isEqualTo(Instant.parse("2026-06-11T05:00:00Z"));
    }

    @Test
    void quietHoursWithinADayAndEmptyOnes() {
        assertThat(QuietHours.notBefore(quiet("12:00", "14:00"), Instant.parse("2026-01-10T11:30:00Z")))
                .as("12:30 in winter Berlin").isEqualTo(Instant.parse("2026-01-10T13:00:00Z"));
        Instant any = Instant.parse("2026-01-10T11:30:00Z");
        assertThat(QuietHours.notBefore(quiet("09:00", "09:00"), any)).isEqualTo(any);
    }
}
