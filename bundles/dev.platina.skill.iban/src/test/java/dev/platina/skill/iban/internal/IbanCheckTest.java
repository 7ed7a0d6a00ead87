package dev.platina.skill.iban.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013000", "GB29NWBK60161331926819", "FR1420041010050500013M02606",
        "NL91ABNA0417164300", "NO9386011117947", "MT84MALT011000012345MTLCAST001S", "BE68539007547034",
        "CH9300762011623852957", "IT60X0542811101000000123456", "ES9121000418450200051332",
        "PL61109010140000071219812874", "SA0380000000608010167519", "BR1800360305000010009795493C1",
        "LC55HEMM000100010012001200023015", "AT611904300234573201"})
    void acceptsRegistryExamplesFromManyCountries(String iban) {
        var result = IbanCheck.check(iban);

        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.iban()).isEqualTo(iban);
    }

    @Test
    void splitsAValidIbanIntoItsParts() {
        var result = IbanCheck.check("DE89370400440532013000");

        assertThat(result.country()).isEqualTo("DE");
        assertThat(result.checkDigits()).isEqualTo("89");
        assertThat(result.bban()).isEqualTo("370400440532013000");
        assertThat(result.formatted()).isEqualTo("DE89 3704 0044 0532 0130 00");
    }

    @Test
    void acceptsLowerCaseSpacesAndHyphensAsPeopleTypeThem() {
        var result = IbanCheck.check("  gb29 nwbk-6016-1331 9268\u00A019\t");

        assertThat(result.valid()).isTrue();
        assertThat(result.iban()).isEqualTo("GB29NWBK60161331926819");
        assertThat(result.formatted()).isEqualTo("GB29 NWBK 6016 1331 9268 19");
    }

    @Test
    void namesTheExpectedLengthWhenACharacterIsMissing() {
        var result = IbanCheck.check("DE8937040044053201300");

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).containsExactly("DE IBANs have 22 characters, this one has 21.");
    }

    @Test
    void refusesAnExtraCharacter() {
        assertThat(IbanCheck.check("NO93860111179470").problems())
                .containsExactly("NO IBANs have 15 characters, this one has 16.");
    }

    @Test
    void catchesAMistypedDigit() {
        var result = IbanCheck.check("DE89370400440532013001");

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).singleElement().asString().startsWith("The check digits do not match");
    }

    @Test
    void catchesTwoSwappedDigits() {
        assertThat(IbanCheck.check("DE89370400440532010300").valid()).isFalse();
    }

    @Test
    void refusesCheckDigitsOutsideTheRangeMod97CanProduce() {
        // DE98 3704 0044 0532 0130 32 is valid; 01 leaves the same remainder as 98, so only the range catches it.
        assertThat(IbanCheck.check("DE98370400440532013032").valid()).isTrue();

        var result = IbanCheck.check("DE01370400440532013032");

        assertThat(result.valid()).isFalse();
        assertThat(result.problems())
                .containsExactly("The check digits of an IBAN run from 02 to 98; this one has 01.");
    }

    @Test
    void refusesCheckDigitsThatAreNotDigits() {
        var result = IbanCheck.check("DEX9370400440532013000");

        assertThat(result.valid()).isFalse();
        assertThat(result.checkDigits()).isEqualTo("X9");
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("check digits and must be digits"));
    }

    @Test
    void listsCharactersThatDoNotBelongInAnIban() {
        var result = IbanCheck.check("DE89.3704!0044 0532 0130 00");

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("'.'", "'!'"));
    }

    @Test
    void doesNotTurnForeignLettersIntoValidOnes() {
        // Upper-casing ß gives SS; an IBAN containing it must still fail.
        assertThat(IbanCheck.check("DE89370400440532013ß00").valid()).isFalse();
    }

    @Test
    void refusesAnUnknownCountry() {
        var result = IbanCheck.check("ZZ89370400440532013000");

        assertThat(result.valid()).isFalse();
        assertThat(result.country()).isEqualTo("ZZ");
        assertThat(result.problems()).containsExactly("ZZ is not a country that issues IBANs; check the first two"
                + " letters.");
    }

    @Test
    void refusesTextThatDoesNotStartWithACountryCode() {
        var result = IbanCheck.check("1234567890");

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).first().asString().contains("two-letter country code", "'12'");
    }

    @Test
    void describesAFragmentWithoutFailing() {
        var result = IbanCheck.check("D");

        assertThat(result.valid()).isFalse();
        assertThat(result.country()).isEqualTo("D");
        assertThat(result.checkDigits()).isEmpty();
        assertThat(result.bban()).isEmpty();
    }

    @Test
    void computesTheRemainderWithoutBigNumbers() {
        assertThat(IbanCheck.remainder("GB29NWBK60161331926819")).isEqualTo(1);
        // Check digits are chosen as 98 minus the remainder left with 00 in their place.
        assertThat(IbanCheck.remainder("GB00NWBK60161331926819")).isEqualTo(98 - 29);
    }

    @Test
    void registryHoldsTheSepaAndCommonCountriesWithPlausibleLengths() {
        assertThat(IbanCountries.codes()).hasSizeGreaterThanOrEqualTo(80)
                .contains("DE", "FR", "GB", "CH", "NO", "IS", "LI", "MC", "SM", "VA", "AD", "GI", "BR", "SA", "AE");
        for (String code : IbanCountries.codes()) {
            assertThat(IbanCountries.length(code).getAsInt()).as(code).isBetween(15, 34);
        }
        assertThat(IbanCountries.length("US")).isEqualTo(OptionalInt.empty());
    }
}
