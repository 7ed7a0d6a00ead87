package dev.platina.workflow.expression;

import static dev.platina.workflow.expression.Outcomes.evaluate;
import static dev.platina.workflow.expression.Outcomes.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiteralTest {

    @Test
    void integersAreLongs() {
        assertThat(evaluate("42")).isEqualTo(42L);
    }

    @Test
    void decimalsAreBigDecimalsKeepingTheirScale() {
        assertThat(evaluate("2.50")).isEqualTo(new BigDecimal("2.50"));
    }

    @Test
    void exponentMakesADecimal() {
        assertThat((BigDecimal) evaluate("1.5e3")).isEqualByComparingTo("1500");
        assertThat((BigDecimal) evaluate("2E-2")).isEqualByComparingTo("0.02");
    }

    @Test
    void stringsTakeSingleOrDoubleQuotes() {
        assertThat(evaluate("'it\\'s'")).isEqualTo("it's");
        assertThat(evaluate("\"say \\\"hi\\\"\"")).isEqualTo("say \"hi\"");
        assertThat(evaluate("\"it's\"")).isEqualTo("it's");
    }

    @Test
    void stringEscapesAreDecoded() {
        assertThat(evaluate("'a\\nb\\tc\\\\d\\r'")).isEqualTo("a\nb\tc\\d\r");
        assertThat(evaluate("'caf\\u00e9'")).isEqualTo("café");
    }

    @Test
    void booleansAndNull() {
        assertThat(evaluate("true")).isEqualTo(true);
        assertThat(evaluate("false")).isEqualTo(false);
        assertThat(evaluate("null")).isNull();
    }

    @Test
    void listsMayMixTypesAndEndWithAComma() {
        assertThat(evaluate("[1, 'a', null, [true],]")).isEqualTo(Arrays.asList(1L, "a", null, List.of(true)));
        assertThat(evaluate("[]")).isEqualTo(List.of());
    }

    @Test
    void mapsKeepTheOrderWritten() {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) evaluate("{'b': 1, \"a\": [2.5], }");

        assertThat(map).isEqualTo(Map.of("b", 1L, "a", List.of(new BigDecimal("2.5"))));
        assertThat(map.keySet()).containsExactly("b", "a");
    }

    @Test
    void mapKeysMustBeStrings() {
        assertThat(failureOf("{1: 'a'}")).hasMessage("column 1: map keys must be strings, not number 1");
    }

    @Test
    void mapKeyMayNotRepeat() {
        assertThat(failureOf("{'a': 1, 'a': 2}")).hasMessage("column 1: the key 'a' appears twice in the map");
    }

    @Test
    void lineCommentsAreIgnored() {
        assertThat(evaluate("1 + // the base fee\n 2")).isEqualTo(3L);
    }

    @Test
    void resultsCannotBeModified() {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) evaluate("[1, 2]");

        assertThatThrownBy(() -> list.add(3L)).isInstanceOf(UnsupportedOperationException.class);
    }
}
