package dev.platina.ai.providers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final FakeTime time = new FakeTime();

    private static HttpHeaders headers(Map<String, String> values) {
        return HttpHeaders.of(values.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
                (name, value) -> true);
    }

    @Test
    void readsSecondsMillisecondsAndHttpDates() {
        assertThat(RetryAfter.from(headers(Map.of("retry-after", "7")), time)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.from(headers(Map.of("retry-after", "1.5")), time)).contains(Duration.ofMillis(1500));
        assertThat(RetryAfter.from(headers(Map.of("retry-after-ms", "120", "retry-after", "1")), time))
                .contains(Duration.ofMillis(120));
        assertThat(RetryAfter.from(headers(Map.of("retry-after", "Mon, 02 Mar 2026 09:00:42 GMT")), time))
                .contains(Duration.ofSeconds(42));
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(RetryAfter.from(headers(Map.of("retry-after", "soon")), time)).isEmpty();
        assertThat(RetryAfter.from(headers(Map.of("retry-after", "-3")), time)).isEmpty();
        assertThat(RetryAfter.from(headers(Map.of()), time)).isEmpty();
        assertThat(RetryAfter.from(headers(Map.of("retry-after", "Sun, 01 Mar 2026 09:00:00 GMT")), time))
                .contains(Duration.ZERO);
    }
}
