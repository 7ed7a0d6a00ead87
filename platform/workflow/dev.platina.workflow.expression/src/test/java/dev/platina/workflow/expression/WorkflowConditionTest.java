package dev.platina.workflow.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conditions and mappings as workflow authors write them, over input shaped like parsed JSON. */
class WorkflowConditionTest {

    private static final Expression LARGE_EURO_ORDER =
            Expression.compile("input.amount > 1000 && input.currency == 'EUR' && !('blocked' in input.tags)");

    @Test
    void largeEuroOrderMatches() {
        assertThat(LARGE_EURO_ORDER.test(order(1500, "EUR", List.of("new")))).isTrue();
    }

    @Test
    void smallOrderDoesNotMatch() {
        assertThat(LARGE_EURO_ORDER.test(order(999.99, "EUR", List.of()))).isFalse();
    }

    @Test
    void otherCurrencyDoesNotMatch() {
        assertThat(LARGE_EURO_ORDER.test(order(1500, "USD", List.of()))).isFalse();
    }

    @Test
    void blockedCustomerDoesNotMatch() {
        assertThat(LARGE_EURO_ORDER.test(order(1500, "EUR", List.of("vip", "blocked")))).isFalse();
    }

    @Test
    void conditionOnLineItems() {
        Expression gpuOverBudget = Expression.compile(
                "input.items.exists(i, i.sku.startsWith('GPU-') && i.quantity * i.unitPrice > 5000.00)");
        Map<String, Object> input = Map.of("items", List.of(
                Map.of("sku", "GPU-4090", "quantity", 3, "unitPrice", 1899.90),
                Map.of("sku", "CAB-1", "quantity", 100, "unitPrice", 2.5)));

        assertThat(gpuOverBudget.test(Map.of("input", input))).isTrue();
    }

    @Test
    void conditionOnAnEarlierStepsOutput() {
        Expression approved = Expression.compile(
                "steps.review.output.decision.lowerAscii() == 'approve' && run.attempt < 3");
        Map<String, Object> variables = Map.of(
                "steps", Map.of("review", Map.of("output", Map.of("decision", "APPROVE"))),
                "run", Map.of("attempt", 1));

        assertThat(approved.test(variables)).isTrue();
    }

    @Test
    void mappingBuildsANewValue() {
        Expression mapping = Expression.compile("""
                {
                  'customer': input.customer.name.upperAscii(),
                  'lines': input.items.map(i, i.quantity * i.unitPrice),
                  'priority': input.amount > 1000 ? 'high' : 'normal'
                }""");
        Map<String, Object> input = Map.of(
                "customer", Map.of("name", "Acme"),
                "amount", 1500,
                "items", List.of(Map.of("quantity", 2, "unitPrice", 19.99)));

        assertThat(mapping.evaluate(Map.of("input", input))).isEqualTo(Map.of(
                "customer", "ACME",
                "lines", List.of(new BigDecimal("39.98")),
                "priority", "high"));
    }

    @Test
    void conditionMustGiveABoolean() {
        ExpressionException error = catchThrowableOfType(ExpressionException.class,
                () -> Expression.compile("input.amount").test(order(1500, "EUR", List.of())));

        assertThat(error).hasMessage("a condition must give true or false, but this one gives number 1500");
        assertThat(error.column()).isZero();
    }

    @Test
    void oneCompiledExpressionServesManyEvaluations() {
        for (int amount = 990; amount < 1010; amount++) {
            assertThat(LARGE_EURO_ORDER.test(order(amount, "EUR", List.of()))).isEqualTo(amount > 1000);
        }
    }

    private static Map<String, Object> order(Number amount, String currency, List<String> tags) {
        return Map.of("input", Map.of("amount", amount, "currency", currency, "tags", tags));
    }
}
