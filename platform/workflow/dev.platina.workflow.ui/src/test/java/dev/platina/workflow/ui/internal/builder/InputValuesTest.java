package dev.platina.workflow.ui.internal.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputValuesTest {

    @Test
    void fieldsBecomeTheTypeTheSchemaAsksForOrAnExpression() {
        assertThat(InputValues.parse("42", "integer")).isEqualTo(42L);
        assertThat(InputValues.parse("12.5", "number")).isEqualTo(12.5);
        assertThat(InputValues.parse("1200", "number")).isEqualTo(1200L);
        assertThat(InputValues.parse("true", "boolean")).isEqualTo(true);
        assertThat(InputValues.parse("=input.amount * 2", "integer")).isEqualTo("=input.amount * 2");
        assertThat(InputValues.parse("  ", "string")).isNull();
        assertThat(InputValues.parse("{\"a\": [1, \"x\"]}", "object")).isEqualTo(Map.of("a", List.of(1L, "x")));
        assertThat(InputValues.parse("hello", null)).isEqualTo("hello");
        assertThat(InputValues.parse("7", null)).isEqualTo(7L);
    }

    @Test
    void wrongValuesSayWhatToWrite() {
        assertThatThrownBy(() -> InputValues.parse("ten", "integer")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> InputValues.parse("1.5", "integer")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> InputValues.parse("[1]", "object")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> InputValues.parse("{\"a\": }", "object"))
                .hasMessage("Not valid JSON at line 1, column 7: unexpected '}'");
    }

    @Test
    void jsonTextRoundTrips() {
        Map<String, Object> value = Map.of("text", "line\n\"quoted\"", "n", 3L, "list", List.of(true, 2.5));
        assertThat(JsonText.parse(JsonText.write(value))).isEqualTo(value);
        assertThatThrownBy(() -> JsonText.parseObject("[]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> JsonText.parse("{\"a\": 1")).hasMessageContaining("ends early");
    }
}
