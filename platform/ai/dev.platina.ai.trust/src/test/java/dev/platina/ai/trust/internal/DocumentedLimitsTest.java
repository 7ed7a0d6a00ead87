package dev.platina.ai.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.MaskingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The misses and false positives the README admits to, pinned so the README stays true. */
class DocumentedLimitsTest {

    private final MaskingSession session = new PlaceholderPiiMasker().session();

    @ParameterizedTest
    @ValueSource(strings = {
        "I spoke with Jane yesterday",
        "Hello,\nJane",
        "jane at example dot com",
        "\"jane doe\"@example.com",
        "jane@[192.168.0.1]",
        "DE89-3704-0044-0532-0130-00",
        "Order 12345 4111 1111 1111 1111",
        "Call 30 1234567",
        "Call 1-800-FLOWERS"
    })
    void notDetected(String text) {
        String masked = session.mask(text);

        assertThat(masked).doesNotContain("[NAME_1]", "[EMAIL_1]", "[IBAN_1]", "[CARD_1]", "[PHONE_1]");
    }

    @Test
    void onlyTheFirstOfTwoJoinedNamesIsMasked() {
        assertThat(session.mask("Dear Jane and John,")).isEqualTo("Dear [NAME_1] and John,");
    }

    @Test
    void knownNameInAnotherCaseIsNotMasked() {
        session.mask("Regards,\nJane Doe");

        assertThat(session.mask("JANE DOE, Janet")).isEqualTo("JANE DOE, Janet");
    }

    @Test
    void companyInAFromHeaderIsMaskedAsAName() {
        assertThat(session.mask("From: Acme Corp <info@acme.example>")).isEqualTo("From: [NAME_1] <[EMAIL_1]>");
    }

    @Test
    void numberWithTrunkZeroIsTakenForAPhone() {
        assertThat(session.mask("customer no. 0123456789")).isEqualTo("customer no. [PHONE_1]");
    }
}
