package dev.platina.workflow.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AiProposalTest {

    private static final String DRAFT = "Dear Dora Smith, your refund for order A-1234 is on its way.";

    private static Map<String, Object> decided(Object engine, Object confidence) {
        var proposal = new LinkedHashMap<String, Object>();
        proposal.put("action", "mail.send");
        proposal.put("parameters", new LinkedHashMap<>(Map.of("to", "dora@example.com", "text", DRAFT, "amount",
                new BigDecimal("25.50"), "cc", List.of())));
        proposal.put("draft", DRAFT);
        proposal.put("confidence", confidence);
        proposal.put("rationale", "Like 4 earlier refunds.");
        proposal.put("engine", engine);
        return proposal;
    }

    @Test
    void theOfflineEngineAndModelsAreNamedWithHowSureTheyAre() {
        assertThat(AiProposal.of(decided("offline", 0.823)).orElseThrow().headline())
                .isEqualTo("Proposed by the offline engine · 82% sure");
        assertThat(AiProposal.of(decided("anthropic:claude-sonnet-4-5", new BigDecimal("0.9"))).orElseThrow()
                .headline()).isEqualTo("Proposed by AI (anthropic:claude-sonnet-4-5) · 90% sure");
    }

    @Test
    void onlyConfidenceBelowHalfIsLow() {
        assertThat(AiProposal.of(decided("offline", 0.49)).orElseThrow().lowConfidence()).isTrue();
        assertThat(AiProposal.of(decided("offline", 0.5)).orElseThrow().lowConfidence()).isFalse();
    }

    @Test
    void proposalsWithoutAnEngineOrAUsableConfidenceAreNotTheAis() {
        assertThat(AiProposal.of(Map.of("to", "jane@globex.example", "body", "Hello"))).isEmpty();
        assertThat(AiProposal.of(decided("", 0.8))).isEmpty();
        assertThat(AiProposal.of(decided("offline", "high"))).isEmpty();
        assertThat(AiProposal.of(decided("offline", 1.2))).isEmpty();
        assertThat(AiProposal.of(decided("offline", Double.NaN))).isEmpty();
    }

    @Test
    void anEditedDraftReplacesTheParametersThatRepeatedIt() {
        AiProposal proposal = AiProposal.of(decided("offline", 0.8)).orElseThrow();
        assertThat(proposal.followsDraft("text")).isTrue();
        assertThat(proposal.followsDraft("to")).isFalse();

        Map<String, Object> edited = proposal.editedParameters("Dear Dora, the refund was sent today.", Map.of(
                "to", "dora@example.com", "amount", "25.50")).orElseThrow();

        assertThat(edited).containsEntry("text", "Dear Dora, the refund was sent today.")
                .containsEntry("to", "dora@example.com").containsEntry("amount", new BigDecimal("25.50"))
                .containsEntry("cc", List.of());
    }

    @Test
    void typedParametersBecomeEditsAndNothingChangedMeansNoEdit() {
        AiProposal proposal = AiProposal.of(decided("offline", 0.8)).orElseThrow();

        assertThat(proposal.editedParameters(DRAFT, Map.of("to", "dora@example.com", "amount", "25.50"))).isEmpty();
        assertThat(proposal.editedParameters(null, Map.of())).isEmpty();
        assertThat(proposal.editedParameters(DRAFT, Map.of("amount", "30")).orElseThrow())
                .containsEntry("amount", new BigDecimal("30")).containsEntry("text", DRAFT);
        assertThatThrownBy(() -> proposal.editedParameters(DRAFT, Map.of("amount", "thirty")))
                .hasMessageContaining("'amount' must be a number");
    }
}
