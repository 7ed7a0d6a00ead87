package dev.platina.ai.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.MaskingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneMaskingTest {

    private final MaskingSession session = new PlaceholderPiiMasker().session();

    @ParameterizedTest
    @ValueSource(strings = {
        "+49 30 1234567",
        "+49301234567",
        "+49 (0)30 1234567",
        "+44 20 7946 0958",
        "+1 555-123-4567",
        "0049 30 1234567",
        "(555) 123-4567",
        "(555)123-4567",
        "555-123-4567",
        "555.123.4567",
        "1-800-555-0199",
        "0171 2345678",
        "0171-2345678",
        "01712345678",
        "030/1234567",
        "(030) 1234567",
        "01 23 45 67 89"
    })
    void phoneNumberIsMasked(String phone) {
        assertThat(session.mask("Call me at " + phone + " tomorrow.")).isEqualTo("Call me at [PHONE_1] tomorrow.");
        assertThat(session.unmask("[PHONE_1]")).isEqualTo(phone);
    }

    @Test
    void phoneNumberInParenthesesOrAtLineEndIsMasked() {
        assertThat(session.mask("Jane (0171 2345678)\nTel: +49 30 1234567"))
                .isEqualTo("Jane ([PHONE_1])\nTel: [PHONE_2]");
    }

    @Test
    void phoneNumberAfterAnAbbreviationIsMasked() {
        assertThat(session.mask("Tel.+49 30 1234567, Fax.(030) 7654321, Mobil: 0171 2345678."))
                .isEqualTo("Tel.[PHONE_1], Fax.[PHONE_2], Mobil: [PHONE_3].");
    }

    @Test
    void digitsOfAnAddressAreTheAddressNotAPhone() {
        assertThat(session.mask("01712345678@example.com")).isEqualTo("[EMAIL_1]");
    }

    @Test
    void samePhoneWrittenDifferentlySharesAPlaceholderIfTheDigitsAgree() {
        assertThat(session.mask("+49 30 1234567 or +49-30-1234567, not 030 1234567"))
                .isEqualTo("[PHONE_1] or [PHONE_1], not [PHONE_2]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-11-21",
        "on 21.11.2026 at 10:30",
        "on 05.03.2026 10:30",
        "11/21/2026",
        "1,234.56 EUR",
        "EUR 1.234,56",
        "USD 1,234,567",
        "INV-2026-0042",
        "order #0171 2345678",
        "order 123456",
        "42",
        "room 0815",
        "ZIP 10115",
        "version 1.2.3",
        "192.168.100.123",
        "5551234567",
        "123-456-7890",
        "+12",
        "0.5 mg",
        "3.141592653589",
        "SKU 12-3456-789"
    })
    void numberThatIsNotAPhoneIsLeftAlone(String text) {
        assertThat(session.mask(text)).isEqualTo(text);
    }
}
