package dev.platina.workflow.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProposalEditsTest {

    private final Map<String, Object> proposal = new LinkedHashMap<>(Map.of("body", "Hello Jane", "amount",
            new BigDecimal("250"), "to", List.of("jane@globex.example")));

    @Test
    void onlyChangedTextAndNumbersBecomeEditsAndNumbersStayNumbers() {
        Map<String, Object> edits = ProposalEdits.changed(proposal, Map.of("body", "Hello Jane, as promised",
                "amount", "275.50"));

        assertThat(edits).containsOnly(Map.entry("body", "Hello Jane, as promised"),
                Map.entry("amount", new BigDecimal("275.50")));
        assertThat(ProposalEdits.changed(proposal, Map.of("body", "Hello Jane", "amount", "250"))).isEmpty();
    }

    @Test
    void aNumberFieldWithTextIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> ProposalEdits.changed(proposal, Map.of("amount", "a lot")))
                .hasMessageContaining("'amount' must be a number");
    }

    @Test
    void onlyTextAndNumbersAreEditableAndEverythingReadsAsALine() {
        assertThat(ProposalEdits.editable("x")).isTrue();
        assertThat(ProposalEdits.editable(3)).isTrue();
        assertThat(ProposalEdits.editable(List.of())).isFalse();
        assertThat(ProposalEdits.describe("to", List.of("a@b.example"))).isEqualTo("to: [a@b.example]");
        assertThat(ProposalEdits.describe("amount", new BigDecimal("1E+3"))).isEqualTo("amount: 1000");
    }
}
