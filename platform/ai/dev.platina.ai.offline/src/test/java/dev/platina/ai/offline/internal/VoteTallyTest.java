package dev.platina.ai.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VoteTallyTest {

    @Test
    void oneCloseCaseOutvotesTwoLooseOnes() {
        VoteTally tally = new VoteTally(List.of("refund", "ship"));
        tally.precedent("refund", 0.9, true);
        tally.precedent("ship", 0.6, true);
        tally.precedent("ship", 0.6, true);

        assertThat(tally.winner()).isEqualTo("refund");
        assertThat(tally.share("refund")).isBetween(0.5, 1.0);
    }

    @Test
    void aRejectedCaseVotesAgainstItsAction() {
        VoteTally tally = new VoteTally(List.of("refund", "ship"));
        tally.precedent("refund", 0.8, true);
        tally.precedent("ship", 0.7, true);
        tally.precedent("refund", 0.9, false);

        assertThat(tally.winner()).isEqualTo("ship");
    }

    @Test
    void aTieGoesToTheActionOfferedFirstAndNoVotesMeanNoShare() {
        VoteTally tally = new VoteTally(List.of("ship", "refund"));

        assertThat(tally.winner()).isEqualTo("ship");
        assertThat(tally.share("ship")).isZero();
    }
}
