package dev.platina.notification.webpush.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the push service's answers are read (RFC 8030 section 5, RFC 9110 Retry-After). */
class PushDeliveryTest {

    private final PushDelivery delivery = new PushDelivery(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"),
            ZoneOffset.UTC));

    @Test
    void statusesMapToWhatTheChannelDoesNext() {
        assertThat(kind(201)).isEqualTo(DeliveryOutcome.Kind.ACCEPTED);
        assertThat(kind(202)).isEqualTo(DeliveryOutcome.Kind.ACCEPTED);
        assertThat(kind(404)).isEqualTo(DeliveryOutcome.Kind.GONE);
        assertThat(kind(410)).isEqualTo(DeliveryOutcome.Kind.GONE);
        assertThat(kind(429)).isEqualTo(DeliveryOutcome.Kind.RETRY);
        assertThat(kind(502)).isEqualTo(DeliveryOutcome.Kind.RETRY);
        assertThat(kind(400)).isEqualTo(DeliveryOutcome.Kind.REFUSED);
        assertThat(kind(403)).isEqualTo(DeliveryOutcome.Kind.REFUSED);
        assertThat(kind(413)).isEqualTo(DeliveryOutcome.Kind.REFUSED);
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsADate() {
        assertThat(delivery.delay("7")).contains(Duration.ofSeconds(7));
        assertThat(delivery.delay("Sun, 01 Mar 2026 12:01:30 GMT")).contains(Duration.ofSeconds(90));
        assertThat(delivery.delay("Sun, 01 Mar 2026 11:00:00 GMT")).contains(Duration.ZERO);
        assertThat(delivery.delay("soon")).isEmpty();
    }

    @Test
    void theLongestWaitAskedForIsHonouredWhenNoDeviceGotTheMessage() {
        var tally = new DeliveryTally();
        tally.add(DeliveryOutcome.retry("a", Optional.of(Duration.ofSeconds(3))));
        tally.add(DeliveryOutcome.retry("b", Optional.of(Duration.ofSeconds(30))));
        tally.add(DeliveryOutcome.retry("c", Optional.empty()));

        assertThat(tally.result().retryAfter()).contains(Duration.ofSeconds(30));
    }

    private DeliveryOutcome.Kind kind(int status) {
        return delivery.outcome(status, Optional.empty(), "").kind();
    }
}
