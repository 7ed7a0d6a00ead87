package dev.platina.workflow.expression;

import static dev.platina.workflow.expression.Outcomes.evaluate;
import static dev.platina.workflow.expression.Outcomes.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EqualityAndComparisonTest {

    @Test
    void integerEqualsTheSameDecimal() {
        assertThat(evaluate("1 == 1.0")).isEqualTo(true);
        assertThat(evaluate("2.50 == 2.5")).isEqualTo(true);
    }

    @Test
    void listsAreEqualElementByElement() {
        assertThat(evaluate("[1, [2, 'x']] == [1.0, [2, 'x']]")).isEqualTo(true);
        assertThat(evaluate("[1, 2] == [2, 1]")).isEqualTo(false);
        assertThat(evaluate("[1] == [1, 1]")).isEqualTo(false);
    }

    @Test
    void mapsAreEqualKeyByKeyInAnyOrder() {
        assertThat(evaluate("{'a': 1, 'b': [2]} == {'b': [2.0], 'a': 1}")).isEqualTo(true);
        assertThat(evaluate("{'a': 1} == {'a': 2}")).isEqualTo(false);
        assertThat(evaluate("{'a': 1} == {'b': 1}")).isEqualTo(false);
    }

    @Test
    void valuesOfDifferentTypesAreUnequalRatherThanAnError() {
        assertThat(evaluate("1 == '1'")).isEqualTo(false);
        assertThat(evaluate("null == 0")).isEqualTo(false);
        assertThat(evaluate("[] == {}")).isEqualTo(false);
        assertThat(evaluate("1 != '1'")).isEqualTo(true);
    }

    @Test
    void nullEqualsOnlyNull() {
        Map<String, Object> input = new HashMap<>();
        input.put("manager", null);

        assertThat(evaluate("input.manager == null", Map.of("input", input))).isEqualTo(true);
        assertThat(evaluate("input.manager != null", Map.of("input", input))).isEqualTo(false);
    }

    @Test
    void variablesOfOtherJavaNumberTypesCompareByValue() {
        Map<String, Object> input = Map.of("count", 3, "ratio", 0.5, "ids", List.of(1, 2));

        assertThat(evaluate("input.count == 3 && input.ratio == 0.5 && input.ids == [1, 2]", Map.of("input", input)))
                .isEqualTo(true);
    }

    @Test
    void numbersCompareAcrossIntegerAndDecimal() {
        assertThat(evaluate("1 < 1.5")).isEqualTo(true);
        assertThat(evaluate("2.0 >= 2")).isEqualTo(true);
        assertThat(evaluate("3 <= 2.99")).isEqualTo(false);
    }

    @Test
    void stringsCompareInAlphabeticalOrderOfCodePoints() {
        assertThat(evaluate("'abc' < 'abd'")).isEqualTo(true);
        assertThat(evaluate("'ab' < 'abc'")).isEqualTo(true);
        assertThat(evaluate("'B' < 'a'")).isEqualTo(true);
        // U+1F600 is above U+FFFD by code point, though its first UTF-16 unit is below.
        assertThat(evaluate("'\\uFFFD' < '\uD83D\uDE00'")).isEqualTo(true);
    }

    @Test
    void comparingTextWithNumberFails() {
        assertThat(failureOf("input.name > 5", Map.of("input", Map.of("name", "abc"))))
                .hasMessage("column 12: cannot compare string 'abc' with number 5 using '>'");
    }

    @Test
    void comparingWithNullFails() {
        assertThat(failureOf("5 < null")).hasMessage("column 3: cannot compare number 5 with null using '<'");
    }

    @Test
    void comparingListsFails() {
        assertThat(failureOf("[1] < [2]").reason()).isEqualTo("cannot compare list [1] with list [2] using '<'");
    }
}
