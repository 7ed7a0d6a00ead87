package dev.platina.ai.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.MaskingSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardMaskingTest {

    private final MaskingSession session = new PlaceholderPiiMasker().session();

    @ParameterizedTest
    @ValueSource(strings = {
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "4111111111111111",
        "5500 0000 0000 0004",
        "3782 822463 10005", // Amex, 15 digits
        "4222222222222", // 13 digits
        "6011 0009 9013 9424"
    })
    void luhnValidCardIsMasked(String card) {
        assertThat(session.mask("Card " + card + " expires 12/27")).isEqualTo("Card [CARD_1] expires 12/27");
        assertThat(session.unmask("charged [CARD_1]")).isEqualTo("charged " + card);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "4111 1111 1111 1112", // Luhn fails
        "4111111111111113",
        "5500 0000 0000 0005",
        "411111111111", // 12 digits
        "41111111111111111111", // 20 digits
        "4111.1111.1111.1111" // dots are not how cards are written
    })
    void otherNumbersAreNotCards(String text) {
        assertThat(session.mask("Ref " + text)).doesNotContain("[CARD_");
    }
}
