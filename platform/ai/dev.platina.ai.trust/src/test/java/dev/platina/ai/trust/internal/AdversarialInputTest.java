package dev.platina.ai.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.MaskingSession;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs of about 1 MB built to make naive patterns backtrack or rescan. Every finder is linear or bounded per
 * position, so these finish like any other test; the assertions are on the result only.
 */
class AdversarialInputTest {

    private static final int SIZE = 1 << 20;

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("letters without @", "a".repeat(SIZE)),
                Arguments.of("local-part characters and @", "a.".repeat(SIZE / 4) + "@" + "b-".repeat(SIZE / 4)),
                Arguments.of("many @", "a@".repeat(SIZE / 2)),
                Arguments.of("digits with single spaces", "1 ".repeat(SIZE / 2)),
                Arguments.of("one long number", "7".repeat(SIZE)),
                Arguments.of("iban-like words", "DE89 ".repeat(SIZE / 5)),
                Arguments.of("salutations", "Dear ".repeat(SIZE / 5)),
                Arguments.of("titles", "Mr ".repeat(SIZE / 3)),
                Arguments.of("capitalised words", "Hi " + "Aa ".repeat(SIZE / 3)),
                Arguments.of("closings", "Regards,\n".repeat(SIZE / 9)),
                Arguments.of("open brackets", "[EMAIL_".repeat(SIZE / 7)),
                Arguments.of("unclosed parentheses", "(1 ".repeat(SIZE / 3)),
                Arguments.of("angle brackets", "<a@b.cc> ".repeat(SIZE / 9)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void hugeInputIsMaskedAndRestored(String description, String input) {
        MaskingSession session = new PlaceholderPiiMasker().session();

        String masked = session.mask(input);

        assertThat(session.unmask(masked)).isEqualTo(input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void hugeInputWithAddressAtTheEndStillFindsIt(String description, String input) {
        MaskingSession session = new PlaceholderPiiMasker().session();

        String masked = session.mask(input + "\nContact: jane@example.com");

        String placeholder = masked.substring(masked.lastIndexOf("\nContact: ") + "\nContact: ".length());
        assertThat(placeholder).matches("\\[EMAIL_\\d+]");
        assertThat(session.unmask(placeholder)).isEqualTo("jane@example.com");
    }
}
