package dev.platina.ai.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.PastCase.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnlineModelTest {

    private final HashedNgramEmbedder embedder = new HashedNgramEmbedder();
    private final List<String> actions = List.of("refund", "shipping_status", "invoice_copy");

    private static PastCase decided(String id, String text, String action, Outcome outcome) {
        return new PastCase(id, text, action, Map.of(), "", outcome);
    }

    private OnlineModel trained() {
        OnlineModel model = new OnlineModel(embedder.dimension());
        List<PastCase> cases = List.of(
                decided("1", "I want my money back for the kettle", "refund", Outcome.APPROVED),
                decided("2", "where is my parcel, the tracking is stuck", "shipping_status", Outcome.APPROVED),
                decided("3", "please send me the invoice as PDF", "invoice_copy", Outcome.APPROVED),
                decided("4", "refund the broken lamp please, money back", "refund", Outcome.EDITED),
                decided("5", "my parcel has not arrived, where is it", "shipping_status", Outcome.APPROVED),
                decided("6", "I need the invoice for my accountant", "invoice_copy", Outcome.APPROVED));
        for (int round = 0; round < 3; round++) {
            cases.forEach(c -> model.learn(embedder.embed(c.text()), c, Optional.empty()));
        }
        return model;
    }

    @Test
    void learntCasesMakeTheirActionTheMostProbableForSimilarText() {
        OnlineModel model = trained();

        Map<String, Double> p = model.probabilities(embedder.embed("money back for my broken kettle"), actions);

        assertThat(p.get("refund")).isGreaterThan(p.get("shipping_status")).isGreaterThan(0.5);
        assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(model.learnt()).isEqualTo(18);
        assertThat(model.reliability()).isGreaterThan(0);
    }

    @Test
    void aRejectionMakesTheRejectedActionLessProbableForThatText() {
        OnlineModel model = trained();
        float[] text = embedder.embed("the invoice parcel");
        double before = model.probabilities(text, actions).get("invoice_copy");

        model.learn(text, decided("7", "the invoice parcel", "invoice_copy", Outcome.REJECTED), Optional.empty());

        assertThat(model.probabilities(text, actions).get("invoice_copy")).isLessThan(before);
    }

    @Test
    void anEditThatChangedTheActionAlsoStepsAwayFromTheProposedOne() {
        float[] text = embedder.embed("kettle tracking money");
        PastCase edited = decided("8", "kettle tracking money", "refund", Outcome.EDITED);
        OnlineModel plain = trained();
        OnlineModel told = trained();

        plain.learn(text, edited, Optional.empty());
        told.learn(text, edited, Optional.of("shipping_status"));

        assertThat(told.probabilities(text, actions).get("shipping_status"))
                .isLessThan(plain.probabilities(text, actions).get("shipping_status"));
    }

    @Test
    void saysNothingUntilItKnowsTwoOfTheOfferedActions() {
        OnlineModel model = new OnlineModel(embedder.dimension());
        model.learn(embedder.embed("money back"), decided("1", "money back", "refund", Outcome.APPROVED),
                Optional.empty());

        assertThat(model.probabilities(embedder.embed("money back"), actions)).isEmpty();
        assertThat(trained().probabilities(embedder.embed("money back"), List.of("refund", "cancel"))).isEmpty();
    }

    @Test
    void keepsAtMostSixtyFourActionsDroppingTheOneUpdatedLongestAgo() {
        OnlineModel model = new OnlineModel(embedder.dimension());
        for (int i = 0; i <= OnlineModel.MAX_ACTIONS; i++) {
            model.learn(embedder.embed("case " + i), decided("c" + i, "case " + i, "action" + i, Outcome.APPROVED),
                    Optional.empty());
        }

        assertThat(model.actions()).hasSize(OnlineModel.MAX_ACTIONS).doesNotContainKey("action0")
                .containsKey("action" + OnlineModel.MAX_ACTIONS);
    }
}
