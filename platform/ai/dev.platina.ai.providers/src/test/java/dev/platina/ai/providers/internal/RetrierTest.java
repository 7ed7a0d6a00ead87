package dev.platina.ai.providers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.platina.ai.api.LanguageModelException;
import dev.platina.ai.api.LanguageModelException.Kind;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RetrierTest {

    private final FakeTime time = new FakeTime();

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"REFUSED", "UNAUTHORIZED", "BAD_RESPONSE", "CIRCUIT_OPEN"})
    void neverRetriesWhatWouldFailAgain(Kind kind) {
        AtomicInteger attempts = new AtomicInteger();
        Retrier retrier = new Retrier(5, time, () -> 0.5);

        LanguageModelException e = catchThrowableOfType(LanguageModelException.class, () -> retrier.run(() -> {
            attempts.incrementAndGet();
            throw new LanguageModelException(kind, "no");
        }));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.getMessage()).isEqualTo("no");
        assertThat(attempts).hasValue(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void retriesTimeoutsAndReturnsTheFirstAnswer() {
        AtomicInteger attempts = new AtomicInteger();
        Retrier retrier = new Retrier(3, time, () -> 0.5);

        String answer = retrier.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new LanguageModelException(Kind.TIMEOUT, "slow");
            }
            return "ok";
        });

        assertThat(answer).isEqualTo("ok");
        assertThat(time.sleeps()).hasSize(2);
    }

    @Test
    void backoffDoublesWithJitterAndIsCapped() {
        Retrier low = new Retrier(10, time, () -> 0.0);
        Retrier high = new Retrier(10, time, () -> 0.999_999);

        assertThat(low.backoffAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(high.backoffAfter(1)).isEqualTo(Duration.ofMillis(1000));
        assertThat(low.backoffAfter(3)).isEqualTo(Duration.ofMillis(2000));
        assertThat(low.backoffAfter(20)).isEqualTo(Duration.ofSeconds(15));
        assertThat(high.backoffAfter(20)).isEqualTo(Retrier.MAX_BACKOFF);
    }

    @Test
    void aRetryAfterUpToTheCapIsWaitedExactly() {
        AtomicInteger attempts = new AtomicInteger();
        Retrier retrier = new Retrier(1, time, () -> 0.5);

        retrier.run(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new LanguageModelException(Kind.UNAVAILABLE, "busy", Optional.of(Retrier.MAX_RETRY_AFTER), null);
            }
            return "ok";
        });

        assertThat(time.sleeps()).containsExactly(Retrier.MAX_RETRY_AFTER);
    }
}
