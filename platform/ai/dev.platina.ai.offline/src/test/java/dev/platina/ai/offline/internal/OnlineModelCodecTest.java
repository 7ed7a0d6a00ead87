package dev.platina.ai.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.PastCase.Outcome;
import dev.platina.ai.api.Proposal;
import dev.platina.ai.api.ProposalRequest;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnlineModelCodecTest {

    private final RetrievalReasoner reasoner = new RetrievalReasoner(new HashedNgramEmbedder(), 1000);
    private final OnlineModelCodec codec = new OnlineModelCodec(new HashedNgramEmbedder());

    private byte[] learnt(int cases) {
        byte[] state = new byte[0];
        List<PastCase> history = new SupportInbox(3).decidedCases(cases);
        for (PastCase c : history) {
            state = reasoner.learn(state, c, Optional.empty());
        }
        return state;
    }

    @Test
    void aWrittenModelReadsBackWithTheSameProbabilities() {
        byte[] state = learnt(40);
        OnlineModel model = codec.read(state);
        float[] text = new HashedNgramEmbedder().embed("where is my parcel");
        List<String> actions = SupportInbox.ACTIONS.stream().map(a -> a.action()).toList();

        OnlineModel again = codec.read(codec.write(model));

        assertThat(again.learnt()).isEqualTo(40);
        assertThat(again.reliability()).isEqualTo(model.reliability());
        again.probabilities(text, actions).forEach((action, p) -> assertThat(p)
                .isCloseTo(model.probabilities(text, actions).get(action), offset(1e-4)));
    }

    @Test
    void theSameCasesInTheSameOrderGiveTheSameBytes() {
        assertThat(learnt(30)).isEqualTo(learnt(30));
    }

    @Test
    void emptyCorruptForeignOrNewerStatesStartAnEmptyModelWithoutFailing() {
        byte[] good = learnt(20);
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        byte[] newer = good.clone();
        newer[4] = 99;
        byte[] otherEmbedder = good.clone();
        ByteBuffer.wrap(otherEmbedder).putInt(5, 384);
        byte[] trailing = Arrays.copyOf(good, good.length + 1);
        byte[] garbage = "not a model at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        for (byte[] bad : List.of(new byte[0], truncated, newer, otherEmbedder, trailing, garbage)) {
            assertThat(codec.read(bad).learnt()).isZero();
            Proposal proposal = reasoner.propose(new ProposalRequest("where is my parcel", Map.of(),
                    SupportInbox.ACTIONS, List.of(), bad));
            assertThat(proposal.action()).isEqualTo("shipping_status");
            assertThat(reasoner.learn(bad, new PastCase("x", "where is my parcel", "shipping_status", Map.of(), "",
                    Outcome.APPROVED), Optional.empty())).isNotEmpty();
        }
    }

    @Test
    void fiftyActionsOverTheFallbacksThousandDimensionsStayUnder200Kilobytes() {
        byte[] state = new byte[0];
        for (int i = 0; i < 50; i++) {
            state = reasoner.learn(state, new PastCase("c" + i, "please do thing number " + i, "action_" + i, Map.of(),
                    "", Outcome.APPROVED), Optional.empty());
        }

        assertThat(codec.read(state).actions()).hasSize(50);
        assertThat(state.length).isLessThan(200 * 1024);
        System.out.printf("Learned state with 50 actions over %d dimensions: %,d bytes%n",
                HashedNgramEmbedder.DIMENSION, state.length);
    }
}
