package dev.platina.workflow.expression;

import static dev.platina.workflow.expression.Outcomes.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrecedenceTest {

    @Test
    void multiplicationBindsTighterThanAddition() {
        assertThat(evaluate("1 + 2 * 3")).isEqualTo(7L);
        assertThat(evaluate("10 - 6 / 2")).isEqualTo(7L);
        assertThat(evaluate("1 + 7 % 4")).isEqualTo(4L);
    }

    @Test
    void parenthesesGroupFirst() {
        assertThat(evaluate("(1 + 2) * 3")).isEqualTo(9L);
    }

    @Test
    void sameLevelOperatorsGroupFromTheLeft() {
        assertThat(evaluate("10 - 4 - 3")).isEqualTo(3L);
        assertThat(evaluate("100 / 10 / 5")).isEqualTo(2L);
    }

    @Test
    void unaryMinusBindsTighterThanBinaryOperators() {
        assertThat(evaluate("-2 * 3")).isEqualTo(-6L);
        assertThat(evaluate("- 2 + 3")).isEqualTo(1L);
        assertThat(evaluate("--2")).isEqualTo(2L);
    }

    @Test
    void fieldAccessBindsTighterThanUnaryMinus() {
        assertThat(evaluate("-input.n", Map.of("input", Map.of("n", 5)))).isEqualTo(-5L);
    }

    @Test
    void notBindsTighterThanAnd() {
        assertThat(evaluate("!false && false")).isEqualTo(false);
        assertThat(evaluate("!!true")).isEqualTo(true);
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(evaluate("true || false && false")).isEqualTo(true);
        assertThat(evaluate("false && true || true")).isEqualTo(true);
    }

    @Test
    void arithmeticBindsTighterThanRelations() {
        assertThat(evaluate("1 + 1 == 2")).isEqualTo(true);
        assertThat(evaluate("2 * 3 > 5")).isEqualTo(true);
        assertThat(evaluate("1 + 1 in [2]")).isEqualTo(true);
    }

    @Test
    void relationsBindTighterThanAnd() {
        assertThat(evaluate("1 < 2 && 3 > 2")).isEqualTo(true);
    }

    @Test
    void relationsShareOneLevelAndGroupFromTheLeftAsInCel() {
        assertThat(evaluate("1 < 2 == true")).isEqualTo(true);
        assertThat(evaluate("2 in [2] == true")).isEqualTo(true);
    }

    @Test
    void conditionalHasTheLowestPrecedence() {
        assertThat(evaluate("1 > 2 ? 'a' : 'b' + 'c'")).isEqualTo("bc");
        assertThat(evaluate("true || false ? 1 : 2")).isEqualTo(1L);
    }

    @Test
    void conditionalsNestToTheRight() {
        assertThat(evaluate("false ? 1 : true ? 2 : 3")).isEqualTo(2L);
    }
}
