package dev.platina.ai.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.ai.api.ActionTemplate;
import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.PastCase.Outcome;
import dev.platina.ai.api.Proposal;
import dev.platina.ai.api.ProposalRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetrievalReasonerTest {

    private static final List<ActionTemplate> ACTIONS = List.of(
            new ActionTemplate("refund", "", "Dear {name}, your refund for {order} is on its way."),
            new ActionTemplate("shipping_status", "", "Dear {name}, order {order} ships tomorrow."));

    private final RetrievalReasoner reasoner = new RetrievalReasoner(new HashedNgramEmbedder(), 100);

    private static PastCase approved(String id, String text, String action, String name, String draft) {
        return new PastCase(id, text, action, Map.of("name", name), draft, Outcome.APPROVED);
    }

    private final List<PastCase> cases = List.of(
            approved("c1", "The kettle arrived broken, I want my money back", "refund", "Ann",
                    "Hi Ann, sorry about the kettle: the money is back on your card."),
            approved("c2", "Where is my parcel? The tracking has not moved", "shipping_status", "Ben",
                    "Hi Ben, the parcel left our warehouse today."),
            approved("c3", "Money back please, the lamp arrived broken", "refund", "Cid",
                    "Hi Cid, refunded."));

    @Test
    void proposesTheActionOfTheMostSimilarApprovedCasesAndNamesThem() {
        Proposal proposal = reasoner.propose(new ProposalRequest("My toaster arrived broken, money back please",
                Map.of("name", "Dora"), ACTIONS, cases));

        assertThat(proposal.action()).isEqualTo("refund");
        assertThat(proposal.engine()).isEqualTo("offline");
        assertThat(proposal.confidence()).isBetween(0.3, 1.0);
        assertThat(proposal.precedents()).first().extracting(Proposal.Precedent::action).isEqualTo("refund");
        assertThat(proposal.rationale()).contains("\"refund\"").contains("case c");
        assertThat(proposal.draft()).startsWith("Hi Dora,");
        assertThat(proposal.parameters()).containsEntry("name", "Dora");
    }

    @Test
    void withoutPastCasesItChoosesByTheActionsDescriptionsWithLowConfidence() {
        List<ActionTemplate> described = List.of(
                new ActionTemplate("refund", "Refund the payment, money back to the customer", "Refunded, {name}."),
                new ActionTemplate("shipping_status", "Tell where the parcel is and when it is delivered", ""));

        Proposal proposal = reasoner.propose(new ProposalRequest("Where is my parcel?", Map.of(), described,
                List.of()));

        assertThat(proposal.action()).isEqualTo("shipping_status");
        assertThat(proposal.confidence()).isLessThanOrEqualTo(0.5);
        assertThat(proposal.rationale()).contains("no past case yet");
        assertThat(proposal.precedents()).isEmpty();
    }

    @Test
    void draftComesFromTheTemplateWhenNoSimilarCaseHasOne() {
        Proposal proposal = reasoner.propose(new ProposalRequest("kettle broken money back",
                Map.of("name", "Eve", "order", "E-1"), ACTIONS,
                List.of(approved("c9", "kettle broken money back", "refund", "Zed", ""))));

        assertThat(proposal.draft()).isEqualTo("Dear Eve, your refund for E-1 is on its way.");
        assertThat(proposal.rationale()).contains("template");
    }

    @Test
    void ignoresCasesOfActionsNotOfferedNow() {
        List<PastCase> withRetired = List.of(approved("old", "kettle broken money back", "legacy_refund", "Q", "x"),
                approved("c2", "kettle parcel", "shipping_status", "Ben", "y"));

        Proposal proposal = reasoner.propose(new ProposalRequest("kettle broken money back", Map.of(), ACTIONS,
                withRetired));

        assertThat(proposal.action()).isEqualTo("shipping_status");
        assertThat(proposal.precedents()).extracting(Proposal.Precedent::caseId).containsExactly("c2");
    }

    @Test
    void theSameCasesInAnotherOrderGiveTheSameProposal() {
        ProposalRequest forward = new ProposalRequest("broken parcel", Map.of(), ACTIONS, cases);
        List<PastCase> reversed = new ArrayList<>(cases);
        Collections.reverse(reversed);
        ProposalRequest backward = new ProposalRequest("broken parcel", Map.of(), ACTIONS, reversed);

        assertThat(reasoner.propose(backward)).isEqualTo(reasoner.propose(forward));
    }

    @Test
    void oneTenantsCasesNeverInfluenceAnotherTenantsProposal() {
        ProposalRequest tenantB = new ProposalRequest("My toaster arrived broken, money back please", Map.of(),
                ACTIONS, List.of(approved("b1", "toaster arrived", "shipping_status", "Bo", "Hi Bo, it ships.")));
        Proposal alone = new RetrievalReasoner(new HashedNgramEmbedder(), 100).propose(tenantB);

        reasoner.propose(new ProposalRequest("My toaster arrived broken, money back please", Map.of(), ACTIONS, cases));

        assertThat(reasoner.propose(tenantB)).isEqualTo(alone);
        assertThat(alone.action()).isEqualTo("shipping_status");
    }

    @Test
    void refusesARequestWithoutActions() {
        assertThatThrownBy(() -> reasoner.propose(new ProposalRequest("x", Map.of(), List.of(), cases)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
