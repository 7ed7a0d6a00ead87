package dev.platina.ai.offline.internal;

import java.util.List;
import java.util.Map;

/**
 * The similar cases' vote and the online model's probabilities, mixed: each action scores {@code (1 - w)} times its
 * share of the votes plus {@code w} times the model's probability for it. The model's weight {@code w} is
 * {@value #MODEL_WEIGHT_MAX} times its reliability (the share of recent cases it had right before learning them),
 * so a young or confused model is hardly listened to, and the neighbours, which can point at one close case a reviewer
 * can open, always keep at least {@code 1 - }{@value #MODEL_WEIGHT_MAX} of the say.
 */
record Blend(List<String> actions, VoteTally tally, Map<String, Double> model, double modelWeight) {

    static final double MODEL_WEIGHT_MAX = 0.6;

    static Blend of(List<String> actions, VoteTally tally, Map<String, Double> model, double reliability) {
        return new Blend(actions, tally, model, model.isEmpty() ? 0 : MODEL_WEIGHT_MAX * reliability);
    }

    double score(String action) {
        return (1 - modelWeight) * tally.share(action) + modelWeight * modelProbability(action);
    }

    double modelProbability(String action) {
        return model.getOrDefault(action, 0.0);
    }

    /** The best-scoring action; on a tie, the one offered first. */
    String winner() {
        String best = actions.get(0);
        for (String action : actions) {
            if (score(action) > score(best)) {
                best = action;
            }
        }
        return best;
    }

    /** Mixed like the scores: the neighbours' confidence and the model's probability for {@code action}. */
    double confidence(String action, double neighboursConfidence) {
        return (1 - modelWeight) * neighboursConfidence + modelWeight * modelProbability(action);
    }
}
