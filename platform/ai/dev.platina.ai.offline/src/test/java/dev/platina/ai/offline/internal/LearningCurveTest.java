package dev.platina.ai.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.Proposal;
import dev.platina.ai.api.ProposalRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * More approved cases, better proposals: accuracy on the same held-out messages after "day 1" (5 decided cases) and
 * "day 30" (150), with the pure-Java embedder so the test is fast and the same on every machine.
 */
class LearningCurveTest {

    /** How a reasoner did on held-out messages: share right, and the mean confidence when right and when wrong. */
    record Score(double accuracy, double confidenceRight, double confidenceWrong) {

        @Override
        public String toString() {
            return String.format("accuracy %.2f (mean confidence %.2f when right, %.2f when wrong)", accuracy,
                    confidenceRight, confidenceWrong);
        }
    }

    static Score score(RetrievalReasoner reasoner, List<PastCase> cases, List<SupportInbox.Message> heldOut) {
        int right = 0;
        double sumRight = 0;
        double sumWrong = 0;
        for (SupportInbox.Message m : heldOut) {
            Proposal p = reasoner.propose(new ProposalRequest(m.text(), m.fields(), SupportInbox.ACTIONS, cases));
            if (p.action().equals(m.action())) {
                right++;
                sumRight += p.confidence();
            } else {
                sumWrong += p.confidence();
            }
        }
        int wrong = heldOut.size() - right;
        return new Score((double) right / heldOut.size(), right == 0 ? 0 : sumRight / right,
                wrong == 0 ? 0 : sumWrong / wrong);
    }

    @Test
    void proposalsGetMoreAccurateAsApprovedCasesAccumulate() {
        List<PastCase> history = new SupportInbox(42).decidedCases(150);
        List<SupportInbox.Message> heldOut = new SupportInbox(7).messages(200);
        RetrievalReasoner reasoner = new RetrievalReasoner(new HashedNgramEmbedder(), 1000);

        Score day1 = score(reasoner, history.subList(0, 5), heldOut);
        Score day30 = score(reasoner, history, heldOut);
        System.out.println("Hashed vectors, day 1: " + day1 + "; day 30: " + day30);

        assertThat(day30.accuracy()).isGreaterThan(day1.accuracy() * 1.3);
        assertThat(day1.confidenceRight()).isGreaterThan(day1.confidenceWrong());
    }
}
