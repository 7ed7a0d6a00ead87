package dev.platina.integration.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.PollResult;
import dev.platina.integration.api.StartingWindow;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The window of a "starting" stream: first poll from now, (last, now] after, the catch-up limited. */
class StartingWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private final List<StartingWindow> asked = new ArrayList<>();

    private PollResult poll(Optional<String> cursor) throws Exception {
        return StartingWindow.poll(cursor, NOW, HOUR, window -> {
            asked.add(window);
            return List.of(new InboundEvent("standup@" + window.to(), "calendar.event.starting", window.to(),
                    Map.of()));
        });
    }

    @Test
    void theFirstPollOnlyNotesTheTimeSoWhatBeganBeforeNeverFires() throws Exception {
        PollResult first = poll(Optional.empty());
        PollResult unreadable = poll(Optional.of("not a time"));

        for (PollResult result : List.of(first, unreadable)) {
            assertThat(result.events()).isEmpty();
            assertThat(result.nextCursor()).contains(NOW.toString());
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void aPollReadsTheStartsSinceTheLastOneAndMovesTheCursorToNow() throws Exception {
        PollResult result = poll(Optional.of(" " + NOW.minusSeconds(30) + " "));

        assertThat(asked).containsExactly(new StartingWindow(NOW.minusSeconds(30), NOW));
        assertThat(result.events()).extracting(InboundEvent::id).containsExactly("standup@" + NOW);
        assertThat(result.nextCursor()).contains(NOW.toString());
    }

    @Test
    void afterAnOutageOnlyTheLongestCatchUpIsRead() throws Exception {
        poll(Optional.of(NOW.minus(Duration.ofHours(5)).toString()));

        assertThat(asked).containsExactly(new StartingWindow(NOW.minus(HOUR), NOW));
    }

    @Test
    void noTimePassedReadsNothingAndKeepsTheCursor() throws Exception {
        for (Instant last : List.of(NOW, NOW.plusSeconds(5))) {
            PollResult result = poll(Optional.of(last.toString()));
            assertThat(result.events()).isEmpty();
            assertThat(result.nextCursor()).isEmpty();
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void aFailedReadFailsThePollSoTheCursorStays() {
        assertThatThrownBy(() -> StartingWindow.poll(Optional.of(NOW.minusSeconds(30).toString()), NOW, HOUR,
                window -> {
                    throw new IOException("calendar down");
                })).isInstanceOf(IOException.class).hasMessage("calendar down");
    }

    @Test
    void theWindowHoldsItsEndButNotItsBeginning() {
        var window = new StartingWindow(NOW.minusSeconds(30), NOW);

        assertThat(window.contains(NOW.minusSeconds(30))).isFalse();
        assertThat(window.contains(NOW.minusSeconds(29))).isTrue();
        assertThat(window.contains(NOW)).isTrue();
        assertThat(window.contains(NOW.plusMillis(1))).isFalse();
        assertThatThrownBy(() -> new StartingWindow(NOW, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StartingWindow.poll(Optional.empty(), NOW, Duration.ZERO, w -> List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
