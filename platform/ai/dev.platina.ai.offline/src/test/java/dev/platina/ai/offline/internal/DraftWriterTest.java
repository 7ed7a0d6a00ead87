package dev.platina.ai.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.ActionTemplate;
import dev.platina.ai.api.PastCase;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftWriterTest {

    private final PastCase anna = new PastCase("c1", "refund please", "refund",
            Map.of("name", "Anna", "order", "A-17"), "Dear Anna, order A-17 is refunded. Annabel from support.",
            PastCase.Outcome.APPROVED);

    @Test
    void swapsThePastCasesValuesForTheNewCasesFields() {
        DraftWriter.Draft draft = DraftWriter.fromCase(anna, Map.of("name", "Bob", "order", "B-9"));

        assertThat(draft.text()).isEqualTo("Dear Bob, order B-9 is refunded. Annabel from support.");
        assertThat(draft.parameters()).containsEntry("name", "Bob").containsEntry("order", "B-9");
        assertThat(draft.unfilled()).isEmpty();
    }

    @Test
    void neverCarriesAValueOfThePastCaseThatTheNewOneLacks() {
        DraftWriter.Draft draft = DraftWriter.fromCase(anna, Map.of("name", "Bob"));

        assertThat(draft.text()).isEqualTo("Dear Bob, order {order} is refunded. Annabel from support.");
        assertThat(draft.unfilled()).containsExactly("order");
    }

    @Test
    void fillsTemplatePlaceholdersAndLeavesUnknownOnesVisible() {
        ActionTemplate template = new ActionTemplate("refund", "Refund a payment", "Dear {name}, {order} refunded.");

        DraftWriter.Draft draft = DraftWriter.fromTemplate(template, Map.of("name", "Bob"));

        assertThat(draft.text()).isEqualTo("Dear Bob, {order} refunded.");
        assertThat(draft.parameters()).containsOnly(Map.entry("name", "Bob"));
        assertThat(draft.unfilled()).containsExactly("order");
    }
}
