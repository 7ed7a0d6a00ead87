package dev.platina.workflow.expression;

import static dev.platina.workflow.expression.Outcomes.evaluate;
import static dev.platina.workflow.expression.Outcomes.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class InputValueTest {

    @Test
    void integersOfAnyJavaTypeAreReadAsLong() {
        assertThat(evaluate("v", Map.of("v", 5))).isEqualTo(5L);
        assertThat(evaluate("v", Map.of("v", (short) 5))).isEqualTo(5L);
        assertThat(evaluate("v", Map.of("v", BigInteger.TEN))).isEqualTo(10L);
    }

    @Test
    void integersBeyondLongAreReadAsDecimals() {
        assertThat(evaluate("v", Map.of("v", BigInteger.TEN.pow(20))))
                .isEqualTo(new BigDecimal("100000000000000000000"));
    }

    @Test
    void doublesAreReadAsTheDecimalTheyPrintAs() {
        assertThat(evaluate("v", Map.of("v", 19.99))).isEqualTo(new BigDecimal("19.99"));
        assertThat(evaluate("v", Map.of("v", 0.1f))).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void numbersWithThousandsOfDigitsAreRefused() {
        assertThat(failureOf("v + 1", Map.of("v", BigInteger.TEN.pow(2_000))).reason())
                .isEqualTo("a variable holds a number with more than 1,000 digits");
        assertThat(failureOf("v + 1", Map.of("v", new BigDecimal(BigInteger.TEN.pow(2_000), 1_990))).reason())
                .isEqualTo("a variable holds a number with more than 1,000 digits");
    }

    @Test
    void nonFiniteDoublesAreRefused() {
        assertThat(failureOf("v", Map.of("v", Double.NaN)).reason())
                .isEqualTo("a variable holds NaN, which is not a finite number");
    }

    @Test
    void enumsAndCharactersAreReadAsText() {
        assertThat(evaluate("day == 'MONDAY' && c == 'x'", Map.of("day", DayOfWeek.MONDAY, "c", 'x')))
                .isEqualTo(true);
    }

    @Test
    void resultsAreCopiedIntoTheDocumentedTypes() {
        Object result = evaluate("input", Map.of("input", Map.of("ids", List.of(1, 2), "ratio", 0.5)));

        assertThat(result).isEqualTo(Map.of("ids", List.of(1L, 2L), "ratio", new BigDecimal("0.5")));
        assertThatThrownBy(() -> ((Map<?, ?>) result).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void resultWithNonStringMapKeysIsRefused() {
        Map<Integer, String> codes = new TreeMap<>(Map.of(1, "one"));

        assertThat(failureOf("codes", Map.of("codes", codes)).reason())
                .isEqualTo("the result has a map key that is not a string: number 1");
    }

    @Test
    void sortedMapWithOtherKeyTypesSimplyLacksTheField() {
        Map<Integer, String> codes = new TreeMap<>(Map.of(1, "one"));

        assertThat(evaluate("has(codes.one)", Map.of("codes", codes))).isEqualTo(false);
    }
}
