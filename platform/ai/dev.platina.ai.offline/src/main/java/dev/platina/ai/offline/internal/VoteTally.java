package dev.platina.ai.offline.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Similarity-weighted votes for actions. A weight is the cube of the (non-negative) cosine similarity, so one close
 * case outvotes several loose ones. An approved or edited case votes for its action; a rejected one votes against
 * the action it was wrongly given, at half weight, because a rejection says what was wrong, not what was right. A
 * skill's description of an action votes at half weight too: it carries a cold start and fades as cases accumulate.
 */
final class VoteTally {

    static final double REJECTED_WEIGHT = 0.5;
    static final double DESCRIPTION_WEIGHT = 0.5;

    private final Map<String, Double> votes = new LinkedHashMap<>();

    VoteTally(List<String> actions) {
        actions.forEach(action -> votes.put(action, 0.0));
    }

    static double weight(double similarity) {
        double s = Math.max(0, similarity);
        return s * s * s;
    }

    void precedent(String action, double similarity, boolean accepted) {
        votes.computeIfPresent(action,
                (a, v) -> v + (accepted ? weight(similarity) : -REJECTED_WEIGHT * weight(similarity)));
    }

    void description(String action, double similarity) {
        votes.computeIfPresent(action, (a, v) -> v + DESCRIPTION_WEIGHT * weight(similarity));
    }

    /** The action with the most votes; on a tie, the one offered first. */
    String winner() {
        String best = votes.keySet().iterator().next();
        for (Map.Entry<String, Double> e : votes.entrySet()) {
            if (e.getValue() > votes.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    double votesFor(String action) {
        return Math.max(0, votes.getOrDefault(action, 0.0));
    }

    /** All votes, negatives (net rejections) counted as none. */
    double total() {
        return votes.values().stream().mapToDouble(v -> Math.max(0, v)).sum();
    }

    /** The action's part of all votes, 0 when nobody voted. */
    double share(String action) {
        double total = total();
        return total == 0 ? 0 : votesFor(action) / total;
    }
}
