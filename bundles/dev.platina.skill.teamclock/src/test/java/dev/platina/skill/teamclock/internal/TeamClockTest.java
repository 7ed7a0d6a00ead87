package dev.platina.skill.teamclock.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TeamClockTest {

    @Test
    void listsPlacesEastFirstWithTheirLocalTimeAndWorkingHours() {
        TeamClock clock = new TeamClock();
        clock.add("America/New_York");
        clock.add("Asia/Tokyo");
        clock.add("Europe/Berlin");

        var places = clock.at(Instant.parse("2026-11-21T09:30:00Z"));

        assertThat(places).extracting(TeamClock.Place::zone)
                .containsExactly("Asia/Tokyo", "Europe/Berlin", "America/New_York");
        assertThat(places).extracting(TeamClock.Place::time).containsExactly("18:30", "10:30", "04:30");
        assertThat(places).extracting(TeamClock.Place::workingHours).containsExactly(false, true, false);
    }

    @Test
    void refusesAnUnknownZoneWithAnExample() {
        assertThatThrownBy(() -> new TeamClock().add("Mars/Olympus"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Europe/Berlin");
    }
}
