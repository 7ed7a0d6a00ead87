package dev.platina.workflow.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VariablesTest {

    @Test
    void topLevelNamesAreListedInOrderOfFirstUse() {
        Expression expression =
                Expression.compile("steps.approve.result == 'ok' && input.amount > run.limit && input.x");

        assertThat(expression.variables()).containsExactly("steps", "input", "run");
    }

    @Test
    void fieldNamesAreNotVariables() {
        assertThat(Expression.compile("input.run.steps").variables()).containsExactly("input");
    }

    @Test
    void namesBoundByListMacrosAreNotVariables() {
        assertThat(Expression.compile("input.items.all(item, item.price > limit)").variables())
                .containsExactly("input", "limit");
    }

    @Test
    void fieldsTestedWithHasCountTheirVariable() {
        assertThat(Expression.compile("has(input.amount)").variables()).containsExactly("input");
    }

    @Test
    void literalsReadNoVariables() {
        assertThat(Expression.compile("1 + size('abc')").variables()).isEmpty();
    }

    @Test
    void variableSetCannotBeModified() {
        assertThatThrownBy(() -> Expression.compile("a").variables().add("b"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sourceIsKeptAsWritten() {
        Expression expression = Expression.compile(" input.a  ");

        assertThat(expression.source()).isEqualTo(" input.a  ");
        assertThat(expression).hasToString(" input.a  ").isEqualTo(Expression.compile(" input.a  "));
    }
}
