package dev.platina.ai.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.MaskingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanMaskingTest {

    private final MaskingSession session = new PlaceholderPiiMasker().session();

    @ParameterizedTest
    @ValueSource(strings = {
        "DE89 3704 0044 0532 0130 00",
        "DE89370400440532013000",
        "GB82 WEST 1234 5698 7654 32",
        "FR14 2004 1010 0505 0001 3M02 606",
        "NL91 ABNA 0417 1643 00",
        "CH93 0076 2011 6238 5295 7",
        "AT61 1904 3002 3457 3201",
        "BE68 5390 0754 7034",
        "ES91 2100 0418 4502 0005 1332",
        "IT60 X054 2811 1010 0000 0123 456",
        "de89 3704 0044 0532 0130 00"
    })
    void validIbanIsMasked(String iban) {
        assertThat(session.mask("IBAN: " + iban + ". Thanks")).isEqualTo("IBAN: [IBAN_1]. Thanks");
        assertThat(session.unmask("[IBAN_1]")).isEqualTo(iban);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DE88 3704 0044 0532 0130 00", // check digits off by one
        "DE89 3704 0044 0532 0130 01", // account number changed
        "GB82 WEST 1234 5698 7654 33",
        "FR14 2004 1010 0505 0001 3M02 607",
        "NL91 ABNA 0417 1643 01",
        "CH93 0076 2011 6238 5295 8",
        "DE89 3704 0044 0532 0130", // too short for Germany
        "XX89 3704 0044 0532 0130 00" // no such country
    })
    void ibanWithWrongChecksumOrLengthIsNotMasked(String text) {
        assertThat(session.mask(text)).doesNotContain("[IBAN_");
    }

    @Test
    void ibanRunningOnIntoAWordIsNotMasked() {
        assertThat(session.mask("DE89370400440532013000X")).isEqualTo("DE89370400440532013000X");
        assertThat(session.mask("XDE89370400440532013000")).isEqualTo("XDE89370400440532013000");
    }

    @Test
    void sameIbanWithAndWithoutSpacesSharesAPlaceholder() {
        String masked = session.mask("Old: DE89 3704 0044 0532 0130 00, new: DE89370400440532013000");

        assertThat(masked).isEqualTo("Old: [IBAN_1], new: [IBAN_1]");
    }

    @Test
    void checksumFollowsIso13616() {
        assertThat(IbanFinder.isValid("GB82WEST12345698765432")).isTrue();
        assertThat(IbanFinder.isValid("GB00WEST12345698765432")).isFalse();
    }
}
