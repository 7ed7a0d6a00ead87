package dev.platina.workflow.expression;

import static dev.platina.workflow.expression.Outcomes.evaluate;
import static dev.platina.workflow.expression.Outcomes.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldAccessTest {

    private static final Map<String, Object> ORDER = Map.of(
            "input", Map.of(
                    "customer", Map.of("name", "Acme"),
                    "items", List.of("disk", "cpu"),
                    "amount", 1500));

    @Test
    void fieldsAreReadThroughNestedMaps() {
        assertThat(evaluate("input.customer.name", ORDER)).isEqualTo("Acme");
    }

    @Test
    void listsAreIndexedFromZero() {
        assertThat(evaluate("input.items[1]", ORDER)).isEqualTo("cpu");
    }

    @Test
    void mapsAreIndexedByKey() {
        assertThat(evaluate("input['amount']", ORDER)).isEqualTo(1500L);
        assertThat(evaluate("{'a-b': 1}['a-b']")).isEqualTo(1L);
    }

    @Test
    void missingFieldFailsNamingWhatWasRead() {
        assertThat(failureOf("input.total > 5", ORDER)).hasMessage("column 7: input has no field 'total'");
    }

    @Test
    void missingNestedFieldNamesThePathBeforeIt() {
        assertThat(failureOf("input.customer.vat", ORDER)).hasMessage("column 16: input.customer has no field 'vat'");
    }

    @Test
    void missingKeyFailsLikeAMissingField() {
        assertThat(failureOf("input['total']", ORDER)).hasMessage("column 6: input has no field 'total'");
    }

    @Test
    void fieldOfNullFailsSayingWhatIsNull() {
        Map<String, Object> input = new HashMap<>();
        input.put("customer", null);

        assertThat(failureOf("input.customer.name", Map.of("input", input)))
                .hasMessage("column 16: input.customer is null, so it has no field 'name'");
    }

    @Test
    void indexOutsideTheListFails() {
        assertThat(failureOf("input.items[5]", ORDER))
                .hasMessage("column 12: index 5 is outside input.items, which has 2 elements");
        assertThat(failureOf("input.items[-1]", ORDER).reason())
                .isEqualTo("index -1 is outside input.items, which has 2 elements");
    }

    @Test
    void listIndexMustBeAnInteger() {
        assertThat(failureOf("input.items['0']", ORDER).reason())
                .isEqualTo("a list index must be an integer, not string '0'");
    }

    @Test
    void mapKeyMustBeAString() {
        assertThat(failureOf("input[0]", ORDER).reason()).isEqualTo("map keys are strings, not number 0");
    }

    @Test
    void textCannotBeIndexed() {
        assertThat(failureOf("'abc'[0]").reason()).isEqualTo("cannot index string 'abc'; only lists and maps can be");
    }

    @Test
    void unknownVariableFails() {
        assertThat(failureOf("order.amount", ORDER)).hasMessage("column 1: no variable named 'order' was given");
    }

    @Test
    void hasIsTrueForAPresentField() {
        assertThat(evaluate("has(input.amount)", ORDER)).isEqualTo(true);
        assertThat(evaluate("has(input.customer.name)", ORDER)).isEqualTo(true);
    }

    @Test
    void hasIsFalseForAMissingField() {
        assertThat(evaluate("has(input.total)", ORDER)).isEqualTo(false);
    }

    @Test
    void hasIsTrueForAFieldHoldingNull() {
        Map<String, Object> input = new HashMap<>();
        input.put("note", null);

        assertThat(evaluate("has(input.note)", Map.of("input", input))).isEqualTo(true);
    }

    @Test
    void hasIsFalseWhenTheMapItselfIsNull() {
        Map<String, Object> input = new HashMap<>();
        input.put("customer", null);

        assertThat(evaluate("has(input.customer.name)", Map.of("input", input))).isEqualTo(false);
    }

    @Test
    void hasStillFailsWhenThePathBeforeTheLastFieldIsMissing() {
        assertThat(failureOf("has(input.billing.vat)", ORDER).reason()).isEqualTo("input has no field 'billing'");
    }

    @Test
    void hasOnANonMapFails() {
        assertThat(failureOf("has(input.amount.value)", ORDER).reason())
                .isEqualTo("has() tests fields of maps, not of number 1500");
    }
}
