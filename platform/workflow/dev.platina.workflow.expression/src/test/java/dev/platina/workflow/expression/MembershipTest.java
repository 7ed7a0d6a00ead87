package dev.platina.workflow.expression;

import static dev.platina.workflow.expression.Outcomes.evaluate;
import static dev.platina.workflow.expression.Outcomes.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MembershipTest {

    @Test
    void elementIsFoundInList() {
        assertThat(evaluate("'b' in ['a', 'b']")).isEqualTo(true);
        assertThat(evaluate("'c' in ['a', 'b']")).isEqualTo(false);
    }

    @Test
    void listMembershipUsesDeepEquality() {
        assertThat(evaluate("2.0 in [1, 2]")).isEqualTo(true);
        assertThat(evaluate("[1, 'x'] in [[1, 'x']]")).isEqualTo(true);
        assertThat(evaluate("{'a': 1} in [{'a': 1.0}]")).isEqualTo(true);
    }

    @Test
    void keyIsFoundInMap() {
        assertThat(evaluate("'vip' in input.flags", Map.of("input", Map.of("flags", Map.of("vip", true)))))
                .isEqualTo(true);
        assertThat(evaluate("'other' in {'vip': true}")).isEqualTo(false);
    }

    @Test
    void nonStringIsNeverAKeyOfAMap() {
        assertThat(evaluate("1 in {'1': true}")).isEqualTo(false);
    }

    @Test
    void negatedMembershipReadsNaturally() {
        Map<String, Object> input = Map.of("tags", List.of("new", "eu"));

        assertThat(evaluate("!('blocked' in input.tags)", Map.of("input", input))).isEqualTo(true);
    }

    @Test
    void membershipInTextFailsAndPointsToContains() {
        assertThat(failureOf("'a' in 'abc'")).hasMessage(
                "column 5: 'in' needs a list or a map on the right, not string 'abc'; use contains() to search text");
    }

    @Test
    void membershipInNumberFails() {
        assertThat(failureOf("1 in 1").reason()).isEqualTo("'in' needs a list or a map on the right, not number 1");
    }
}
