package dev.platina.workflow.expression;

import static dev.platina.workflow.expression.Outcomes.evaluate;
import static dev.platina.workflow.expression.Outcomes.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogicalOperatorTest {

    @Test
    void falseAndSkipsTheRightSide() {
        assertThat(evaluate("false && (1 / 0 == 1)")).isEqualTo(false);
    }

    @Test
    void trueOrSkipsTheRightSide() {
        assertThat(evaluate("true || (1 / 0 == 1)")).isEqualTo(true);
    }

    @Test
    void rightSideIsEvaluatedWhenItDecides() {
        assertThat(failureOf("true && (1 / 0 == 1)")).hasMessage("column 12: division by zero");
    }

    @Test
    void shortCircuitGuardsAMissingField() {
        assertThat(evaluate("has(input.limit) && input.limit > 5", Map.of("input", Map.of()))).isEqualTo(false);
    }

    @Test
    void truthTables() {
        assertThat(evaluate("true && true")).isEqualTo(true);
        assertThat(evaluate("true && false")).isEqualTo(false);
        assertThat(evaluate("false || false")).isEqualTo(false);
        assertThat(evaluate("false || true")).isEqualTo(true);
    }

    @Test
    void operandsMustBeBooleansNotTruthyValues() {
        assertThat(failureOf("1 && true")).hasMessage("column 3: '&&' needs true or false on its left, not number 1");
        assertThat(failureOf("false || 'yes'"))
                .hasMessage("column 7: '||' needs true or false on its right, not string 'yes'");
    }

    @Test
    void notNeedsABoolean() {
        assertThat(failureOf("!null")).hasMessage("column 1: '!' needs true or false, not null");
    }

    @Test
    void conditionalEvaluatesOnlyTheChosenBranch() {
        assertThat(evaluate("true ? 1 : 1 / 0")).isEqualTo(1L);
        assertThat(evaluate("false ? 1 / 0 : 2")).isEqualTo(2L);
    }

    @Test
    void conditionalNeedsABooleanCondition() {
        assertThat(failureOf("1 ? 'a' : 'b'"))
                .hasMessage("column 3: the condition before '?' must be true or false, not number 1");
    }

    @Test
    void longChainsOfAndStayShallowAndEvaluateLeftToRight() {
        String clauses = "true && ".repeat(300) + "false && (1 / 0 == 1)";

        assertThat(evaluate(clauses)).isEqualTo(false);
        assertThat(evaluate("false || ".repeat(300) + "true")).isEqualTo(true);
    }
}
