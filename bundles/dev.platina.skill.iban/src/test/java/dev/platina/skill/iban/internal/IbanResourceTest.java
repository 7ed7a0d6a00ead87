package dev.platina.skill.iban.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class IbanResourceTest {

    private final IbanResource resource = new IbanResource();

    @Test
    void answersWithTheCheckAndAnEmptyVersionOutsideOsgi() {
        var answer = resource.validate("de89 3704 0044 0532 0130 00");

        assertThat(answer.valid()).isTrue();
        assertThat(answer.iban()).isEqualTo("DE89370400440532013000");
        assertThat(answer.formatted()).isEqualTo("DE89 3704 0044 0532 0130 00");
        assertThat(answer.problems()).isEmpty();
        assertThat(answer.skillVersion()).isEmpty();
    }

    @Test
    void refusesAMissingOrBlankIban() {
        for (String iban : new String[] {null, "", "   ", " - "}) {
            assertThatThrownBy(() -> resource.validate(iban)).as(String.valueOf(iban))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("iban"));
        }
    }

    @Test
    void refusesTextLongerThan64Characters() {
        assertThat(resource.validate("DE89 3704 0044 0532 0130 00" + " ".repeat(37)).valid()).isTrue();

        assertThatThrownBy(() -> resource.validate("DE89 3704 0044 0532 0130 00" + " ".repeat(38)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("64");
    }
}
