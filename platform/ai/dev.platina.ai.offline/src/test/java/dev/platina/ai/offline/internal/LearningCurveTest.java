package dev.platina.ai.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.ProposalRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * More approved cases, better proposals: accuracy on the same held-out messages after "day 1" (5 decided cases) and
 * "day 30" (150), with the pure-Java embedder so the test is fast and the same on every machine.
 */
class LearningCurveTest {

    static double accuracy(RetrievalReasoner reasoner, List<PastCase> cases, List<SupportInbox.Message> heldOut) {
        long right = heldOut.stream()
                .filter(m -> reasoner.propose(new ProposalRequest(m.text(), m.fields(), SupportInbox.ACTIONS, cases))
                        .action().equals(m.action()))
                .count();
        return (double) right / heldOut.size();
    }

    @Test
    void proposalsGetMoreAccurateAsApprovedCasesAccumulate() {
        List<PastCase> history = new SupportInbox(42).decidedCases(150);
        List<SupportInbox.Message> heldOut = new SupportInbox(7).messages(200);
        RetrievalReasoner reasoner = new RetrievalReasoner(new HashedNgramEmbedder(), 1000);

        double day1 = accuracy(reasoner, history.subList(0, 5), heldOut);
        double day30 = accuracy(reasoner, history, heldOut);
        System.out.printf("Hashed vectors: accuracy day 1 %.2f, day 30 %.2f%n", day1, day30);

        assertThat(day30).isGreaterThan(day1 * 1.3);
    }
}
