package dev.platina.notification.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

class ApprovalNoticesTest {

    @Test
    void aProposalReadsAsOneLinePerParameterAndLongOnesAreCut() {
        var proposal = new LinkedHashMap<String, Object>();
        proposal.put("to", "jane@globex.example");
        proposal.put("amount", 250);
        assertThat(ApprovalNotices.describe(proposal)).isEqualTo("to: jane@globex.example\namount: 250");

        proposal.put("body", "x".repeat(2000));
        assertThat(ApprovalNotices.describe(proposal)).hasSize(ApprovalNotices.LONGEST_PROPOSAL_TEXT).endsWith("…");
    }
}
