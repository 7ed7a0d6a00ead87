package dev.platina.workflow.expression;

import static dev.platina.workflow.expression.Outcomes.evaluate;
import static dev.platina.workflow.expression.Outcomes.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LimitsTest {

    @Test
    void sourceLongerThan4096CharactersIsRejected() {
        ExpressionException error = failureOf("1 + " + "1".repeat(4_093));

        assertThat(error).hasMessage("the expression is 4,097 characters long; the limit is 4,096");
        assertThat(error.column()).isZero();
    }

    @Test
    void sourceOf4096CharactersIsAccepted() {
        assertThat(evaluate("'" + "a".repeat(4_094) + "'")).asString().hasSize(4_094);
    }

    @Test
    void nestingDeeperThan64LevelsIsRejected() {
        assertThat(failureOf("(".repeat(100) + "1" + ")".repeat(100)).reason())
                .isEqualTo("the expression is nested too deeply; the limit is 64 levels");
    }

    @Test
    void moderateNestingIsAccepted() {
        assertThat(evaluate("(".repeat(30) + "1" + ")".repeat(30))).isEqualTo(1L);
    }

    @Test
    void thousandsOfOpeningBracketsFailCleanlyWithoutExhaustingTheStack() {
        assertThat(failureOf("(".repeat(4_000)).reason()).contains("nested too deeply");
        assertThat(failureOf("[".repeat(4_000)).reason()).contains("nested too deeply");
        assertThat(failureOf("a.map(x, ".repeat(400)).reason()).contains("nested too deeply");
    }

    @Test
    void longPrefixRunsFailCleanly() {
        assertThat(failureOf("!".repeat(4_000) + "true").reason()).contains("nested too deeply");
        assertThat(failureOf("-".repeat(4_000) + "1").reason()).contains("nested too deeply");
    }

    @Test
    void chainsOfOtherOperatorsCountEachOperatorAsALevel() {
        assertThat(evaluate("1" + " + 1".repeat(60))).isEqualTo(61L);
        assertThat(failureOf("1" + " + 1".repeat(70)).reason()).contains("nested too deeply");
    }

    @Test
    void stringsCannotGrowPast100000Characters() {
        Map<String, Object> variables = Map.of("text", "x".repeat(60_000));

        assertThat(failureOf("text + text", variables))
                .hasMessage("column 6: the string would be 120,000 characters long; the limit is 100,000");
    }

    @Test
    void listsCannotGrowPast10000Elements() {
        Map<String, Object> variables = Map.of("list", Collections.nCopies(6_000, 1));

        assertThat(failureOf("list + list", variables))
                .hasMessage("column 6: the list would have 12,000 elements; the limit is 10,000");
    }

    @Test
    void mapCannotProduceMoreThan10000Elements() {
        Map<String, Object> variables = Map.of("list", Collections.nCopies(10_001, 1));

        assertThat(failureOf("list.map(x, x)", variables).reason())
                .isEqualTo("the list would have 10,001 elements; the limit is 10,000");
        assertThat(evaluate("list.all(x, x == 1)", variables)).isEqualTo(true);
    }

    @Test
    void repeatedConcatenationInAMacroHitsTheWorkLimit() {
        Map<String, Object> variables = Map.of("big", "x".repeat(50_000), "items", Collections.nCopies(5_000, 1));

        ExpressionException error = failureOf("items.map(i, big + big)", variables);

        assertThat(error).hasMessage("the expression needs too much work to evaluate: it went over 10,000,000 steps");
        assertThat(error.column()).isZero();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void nestedMacrosHitTheWorkLimit() {
        Map<String, Object> variables = Map.of("l", Collections.nCopies(1_000, 1));

        assertThat(failureOf("l.all(a, l.all(b, l.all(c, true)))", variables).reason())
                .startsWith("the expression needs too much work");
    }

    @Test
    void comparingLongTextsCountsTheirLength() {
        Map<String, Object> variables = Map.of(
                "a", "x".repeat(1_000_000), "b", "x".repeat(1_000_000), "items", Collections.nCopies(10_000, 1));

        assertThat(failureOf("items.all(i, a == b)", variables).reason())
                .startsWith("the expression needs too much work");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void containsStaysFastOnAdversarialText() {
        Map<String, Object> variables = Map.of("text", "a".repeat(100_000), "part", "a".repeat(50_000) + "b");

        assertThat(evaluate("text.contains(part)", variables)).isEqualTo(false);
    }

    @Test
    void valuesNestedAbsurdlyDeepAreRefusedRatherThanOverflowingTheStack() {
        Map<String, Object> variables = Map.of("a", nestedList(5_000), "b", nestedList(5_000));

        assertThat(failureOf("a == b", variables).reason())
                .isEqualTo("cannot compare values nested more than 1000 levels");
        assertThat(failureOf("a", variables).reason()).isEqualTo("the result nests more than 1000 levels deep");
    }

    @Test
    void resultsSharingOneListManyTimesCountTheirFullSize() {
        Map<String, Object> variables = Map.of("l", Collections.nCopies(3_000, 1));

        assertThat(failureOf("l.map(a, l.map(b, l))", variables).reason())
                .startsWith("the expression needs too much work");
    }

    private static List<Object> nestedList(int depth) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            List<Object> outer = new ArrayList<>();
            outer.add(list);
            list = outer;
        }
        return list;
    }
}
