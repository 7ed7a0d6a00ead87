package dev.platina.ai.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.MaskingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailMaskingTest {

    private final MaskingSession session = new PlaceholderPiiMasker().session();

    @ParameterizedTest
    @ValueSource(strings = {"jane@example.com", "jane.doe+orders@mail.example.co.uk", "j_d-1%x@sub-domain.example.org",
        "zoë@müller.de"})
    void addressIsMasked(String address) {
        assertThat(session.mask("Write to " + address + ", please.")).isEqualTo("Write to [EMAIL_1], please.");
        assertThat(session.placeholders()).containsEntry("[EMAIL_1]", address);
    }

    @Test
    void sentenceFullStopIsNotPartOfTheAddress() {
        assertThat(session.mask("Mail jane@example.com.")).isEqualTo("Mail [EMAIL_1].");
    }

    @ParameterizedTest
    @ValueSource(strings = {"user@localhost", "@example.com", "jane@", "jane@example.c", "jane@example..com",
        "jane@-example.com", "price 5 @ 3.50", "@handle on twitter", "jane@example.123"})
    void notAnAddressIsLeftAlone(String text) {
        assertThat(session.mask(text)).isEqualTo(text);
        assertThat(session.placeholders()).isEmpty();
    }

    @Test
    void sameAddressInAnotherCaseGetsTheSamePlaceholder() {
        String masked = session.mask("Jane@Example.com wrote; reply to jane@example.COM, cc bob@example.com");

        assertThat(masked).isEqualTo("[EMAIL_1] wrote; reply to [EMAIL_1], cc [EMAIL_2]");
        assertThat(session.unmask("[EMAIL_1]")).isEqualTo("Jane@Example.com");
    }
}
