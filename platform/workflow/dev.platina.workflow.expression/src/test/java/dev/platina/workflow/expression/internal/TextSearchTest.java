package dev.platina.workflow.expression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void findsPartsAnywhereInTheText() {
        assertThat(TextSearch.contains("workflow", "work")).isTrue();
        assertThat(TextSearch.contains("workflow", "kflo")).isTrue();
        assertThat(TextSearch.contains("workflow", "flow")).isTrue();
        assertThat(TextSearch.contains("workflow", "flows")).isFalse();
    }

    @Test
    void recoversAfterAPartialMatch() {
        assertThat(TextSearch.contains("aabaabaaa", "aabaaa")).isTrue();
        assertThat(TextSearch.contains("abababca", "ababca")).isTrue();
    }

    @Test
    void emptyPartIsInEveryText() {
        assertThat(TextSearch.contains("", "")).isTrue();
        assertThat(TextSearch.contains("a", "")).isTrue();
    }

    @Test
    void agreesWithStringContainsOnRandomInput() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            String text = randomText(random, 12);
            String part = randomText(random, 4);
            assertThat(TextSearch.contains(text, part)).as("%s in %s", part, text).isEqualTo(text.contains(part));
        }
    }

    private static String randomText(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(3)));
        }
        return text.toString();
    }
}
