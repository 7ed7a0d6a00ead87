package dev.platina.workflow.expression;

import static dev.platina.workflow.expression.Outcomes.evaluate;
import static dev.platina.workflow.expression.Outcomes.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListMacroTest {

    private static final Map<String, Object> ORDER = Map.of("input", Map.of("items", List.of(
            Map.of("name", "disk", "price", 80),
            Map.of("name", "gpu", "price", 1200.50),
            Map.of("name", "cable", "price", 5))));

    @Test
    void allIsTrueWhenEveryElementMatches() {
        assertThat(evaluate("input.items.all(item, item.price > 1)", ORDER)).isEqualTo(true);
        assertThat(evaluate("input.items.all(item, item.price > 10)", ORDER)).isEqualTo(false);
    }

    @Test
    void allOfAnEmptyListIsTrue() {
        assertThat(evaluate("[].all(x, false)")).isEqualTo(true);
    }

    @Test
    void allStopsAtTheFirstMismatch() {
        assertThat(evaluate("[-1, 0].all(x, 10 / x > 0)")).isEqualTo(false);
    }

    @Test
    void existsIsTrueWhenSomeElementMatches() {
        assertThat(evaluate("input.items.exists(item, item.name == 'gpu')", ORDER)).isEqualTo(true);
        assertThat(evaluate("input.items.exists(item, item.name == 'ram')", ORDER)).isEqualTo(false);
    }

    @Test
    void existsStopsAtTheFirstMatch() {
        assertThat(evaluate("[1, 0].exists(x, 10 / x > 0)")).isEqualTo(true);
    }

    @Test
    void mapTransformsEachElement() {
        assertThat(evaluate("[1, 2, 3].map(x, x * 2)")).isEqualTo(List.of(2L, 4L, 6L));
    }

    @Test
    void filterKeepsMatchingElements() {
        assertThat(evaluate("input.items.filter(item, item.price < 100).map(item, item.name)", ORDER))
                .isEqualTo(List.of("disk", "cable"));
    }

    @Test
    void macrosOverAMapIterateItsKeys() {
        assertThat(evaluate("{'a': 1, 'b': 2}.map(key, key + '!')")).isEqualTo(List.of("a!", "b!"));
    }

    @Test
    void innerMacroSeesTheOuterElement() {
        assertThat(evaluate("[1, 2].map(x, [10, 20].map(y, x + y))"))
                .isEqualTo(List.of(List.of(11L, 21L), List.of(12L, 22L)));
    }

    @Test
    void elementNameHidesAVariableOfTheSameName() {
        assertThat(evaluate("[1, 2].map(input, input + 1)", ORDER)).isEqualTo(List.of(2L, 3L));
    }

    @Test
    void elementNameIsUnknownOutsideTheMacro() {
        assertThat(failureOf("[1].all(x, true) && x")).hasMessage("column 21: no variable named 'x' was given");
    }

    @Test
    void conditionMustGiveABoolean() {
        assertThat(failureOf("[1, 2].all(x, x)"))
                .hasMessage("column 8: all() needs its condition to give true or false, not number 1");
    }

    @Test
    void macrosNeedAListOrMap() {
        assertThat(failureOf("'abc'.exists(c, true)").reason())
                .isEqualTo("exists() works on lists and maps, not string 'abc'");
    }

    @Test
    void errorInsideAMacroPointsAtItsSource() {
        assertThat(failureOf("[1, 0].map(x, 10 / x)")).hasMessage("column 18: division by zero");
    }
}
