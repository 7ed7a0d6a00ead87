package dev.platina.notification.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.InvalidInputException;
import dev.platina.notification.api.NotificationPreferences;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreferencesDraftTest {

    private static final LocalTime TEN_PM = LocalTime.of(22, 0);
    private static final LocalTime SEVEN_AM = LocalTime.of(7, 0);

    @Test
    void quietHoursAcrossMidnightAndAMutedChannelBecomePreferences() {
        NotificationPreferences preferences = new PreferencesDraft(Set.of("email"), true, TEN_PM, SEVEN_AM,
                "Europe/Berlin").toPreferences();

        assertThat(preferences.mutedChannels()).containsExactly("email");
        assertThat(preferences.quietFrom()).contains(TEN_PM);
        assertThat(preferences.quietUntil()).contains(SEVEN_AM);
        assertThat(preferences.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void quietHoursTurnedOffKeepNoTimes() {
        NotificationPreferences preferences = new PreferencesDraft(Set.of(), false, TEN_PM, SEVEN_AM, "UTC")
                .toPreferences();

        assertThat(preferences.quietFrom()).isEmpty();
        assertThat(preferences.quietUntil()).isEmpty();
    }

    @Test
    void missingOrEqualTimesAndUnknownZonesAreRefusedPerField() {
        assertThatThrownBy(() -> new PreferencesDraft(Set.of(), true, null, SEVEN_AM, "Mars/Olympus").toPreferences())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsKeys(PreferencesDraft.FROM, PreferencesDraft.ZONE);
                    assertThat(e.fieldErrors().get(PreferencesDraft.ZONE)).contains("'Mars/Olympus' is not a time"
                            + " zone");
                });
        assertThatThrownBy(() -> new PreferencesDraft(Set.of(), true, TEN_PM, TEN_PM, "UTC").toPreferences())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys(PreferencesDraft.UNTIL));
        assertThatThrownBy(() -> new PreferencesDraft(Set.of(), false, null, null, " ").toPreferences())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys(PreferencesDraft.ZONE));
    }

    @Test
    void savedPreferencesFillTheFormWithUsualQuietHoursWhenThereAreNone() {
        PreferencesDraft draft = PreferencesDraft.of(new NotificationPreferences(Set.of("webpush"), Optional.empty(),
                Optional.empty(), ZoneId.of("America/New_York")));

        assertThat(draft.quietHours()).isFalse();
        assertThat(draft.quietFrom()).isEqualTo(TEN_PM);
        assertThat(draft.timeZone()).isEqualTo("America/New_York");
        assertThat(draft.mutedChannels()).containsExactly("webpush");
    }
}
