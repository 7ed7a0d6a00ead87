package dev.platina.workflow.expression;

import static dev.platina.workflow.expression.Outcomes.evaluate;
import static dev.platina.workflow.expression.Outcomes.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArithmeticTest {

    @Test
    void integerArithmeticStaysInteger() {
        assertThat(evaluate("7 * 6")).isEqualTo(42L);
        assertThat(evaluate("7 - 10")).isEqualTo(-3L);
    }

    @Test
    void integerDivisionTruncatesTowardZeroAsInCel() {
        assertThat(evaluate("7 / 2")).isEqualTo(3L);
        assertThat(evaluate("-7 / 2")).isEqualTo(-3L);
    }

    @Test
    void remainderTakesTheSignOfTheLeftSide() {
        assertThat(evaluate("7 % 3")).isEqualTo(1L);
        assertThat(evaluate("-7 % 3")).isEqualTo(-1L);
    }

    @Test
    void aDecimalOnEitherSideGivesADecimal() {
        assertThat(evaluate("7 / 2.0")).isEqualTo(new BigDecimal("3.5"));
        assertThat(evaluate("1 + 0.5")).isEqualTo(new BigDecimal("1.5"));
        assertThat(evaluate("2.50 * 2")).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void decimalsAddWithoutBinaryRoundingErrors() {
        assertThat(evaluate("0.1 + 0.2 == 0.3")).isEqualTo(true);
        assertThat(evaluate("19.99 * 3")).isEqualTo(new BigDecimal("59.97"));
    }

    @Test
    void decimalDivisionKeeps34SignificantDigits() {
        assertThat(evaluate("1.0 / 3")).isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
    }

    @Test
    void integerDivisionByZeroFails() {
        assertThat(failureOf("1 / 0")).hasMessage("column 3: division by zero");
    }

    @Test
    void decimalDivisionByZeroFails() {
        assertThat(failureOf("1.5 / 0.0")).hasMessage("column 5: division by zero");
    }

    @Test
    void moduloByZeroFails() {
        assertThat(failureOf("5 % 0")).hasMessage("column 3: modulo by zero");
    }

    @Test
    void remainderNeedsIntegers() {
        assertThat(failureOf("5.5 % 2")).hasMessage("column 5: '%' needs two integers, not number 5.5 and number 2");
    }

    @Test
    void integerOverflowFailsInsteadOfWrapping() {
        assertThat(failureOf("9223372036854775807 + 1"))
                .hasMessage("column 21: integer overflow: 9223372036854775807 + 1 does not fit in 64 bits");
        assertThat(failureOf("4611686018427387904 * 2").reason()).startsWith("integer overflow");
        assertThat(failureOf("-9223372036854775807 - 2").reason()).startsWith("integer overflow");
    }

    @Test
    void negatingTheSmallestIntegerOverflows() {
        assertThat(failureOf("-(-9223372036854775807 - 1)").reason()).startsWith("integer overflow");
    }

    @Test
    void dividingTheSmallestIntegerByMinusOneOverflows() {
        assertThat(failureOf("(-9223372036854775807 - 1) / -1").reason()).startsWith("integer overflow");
    }

    @Test
    void decimalsBeyondTheRangeFail() {
        assertThat(failureOf("1e999 * 1e999").reason()).startsWith("number out of range");
        assertThat(failureOf("1e1001").reason()).startsWith("number out of range");
    }

    @Test
    void decimalsTooSmallToRepresentBecomeZero() {
        assertThat((BigDecimal) evaluate("1e-999 * 1e-999")).isEqualByComparingTo("0");
    }

    @Test
    void plusJoinsStrings() {
        assertThat(evaluate("'work' + 'flow'")).isEqualTo("workflow");
    }

    @Test
    void plusJoinsLists() {
        assertThat(evaluate("[1] + [2, 3]")).isEqualTo(List.of(1L, 2L, 3L));
    }

    @Test
    void addingTextAndNumberSuggestsConversion() {
        assertThat(failureOf("'Total: ' + 5")).hasMessage(
                "column 11: cannot apply '+' to string 'Total: ' and number 5; convert the number with string()");
        assertThat(evaluate("'Total: ' + string(5)")).isEqualTo("Total: 5");
    }

    @Test
    void subtractingStringsFails() {
        assertThat(failureOf("'a' - 'b'")).hasMessage("column 5: cannot apply '-' to string 'a' and string 'b'");
    }

    @Test
    void negatingANonNumberFails() {
        assertThat(failureOf("-'a'")).hasMessage("column 1: '-' needs a number, not string 'a'");
    }
}
