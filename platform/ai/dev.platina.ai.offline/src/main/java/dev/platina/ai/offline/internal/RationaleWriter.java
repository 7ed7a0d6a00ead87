package dev.platina.ai.offline.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Says in one paragraph why the offline engine proposed what it did, naming the cases a reviewer can open. */
final class RationaleWriter {

    private RationaleWriter() {
    }

    static String write(String action, VoteTally tally, List<Neighbour> nearest, double descriptionSimilarity,
            String draftSource, Set<String> unfilled) {
        StringBuilder out = new StringBuilder();
        if (tally.total() == 0) {
            out.append("No similar past case or matching action description: \"").append(action)
                    .append("\" is only the first action offered.");
        } else {
            out.append(String.format(Locale.ROOT, "\"%s\" got %.0f%% of the similarity-weighted votes", action,
                    100 * tally.share(action)));
            if (nearest.isEmpty()) {
                out.append(" (no past case yet; from the actions' descriptions only");
                out.append(String.format(Locale.ROOT, ", its description matched %.2f)", descriptionSimilarity));
            } else {
                out.append(" of the ").append(nearest.size()).append(" most similar past cases");
                out.append(descriptionSimilarity > 0 ? " and the actions' descriptions" : "");
                out.append("; nearest: ").append(nearest.stream().limit(3).map(RationaleWriter::describe)
                        .collect(Collectors.joining(", ")));
            }
            out.append('.');
        }
        if (!draftSource.isEmpty()) {
            out.append(" Draft ").append(draftSource).append('.');
        }
        if (!unfilled.isEmpty()) {
            out.append(" Still to fill: ").append(String.join(", ", unfilled)).append('.');
        }
        return out.toString();
    }

    /**
     * The online model's part, e.g. <i>Online model (learnt from 212 cases, right on 81% of recent ones before
     * learning them): "refund" 72%, weight 49%; with the similar cases "refund" scores 61%.</i> Empty while the model
     * has nothing to say about the offered actions.
     */
    static String model(String action, Blend blend, OnlineModel model) {
        if (blend.model().isEmpty()) {
            return model.learnt() == 0 ? "" : String.format(Locale.ROOT,
                    " The online model (learnt from %d cases) does not know enough of the offered actions yet.",
                    model.learnt());
        }
        return String.format(Locale.ROOT, " Online model (learnt from %d cases, right on %.0f%% of recent ones before "
                + "learning them): \"%s\" %.0f%%, weight %.0f%%; with the similar cases \"%s\" scores %.0f%%.",
                model.learnt(), 100 * model.reliability(), action, 100 * blend.modelProbability(action),
                100 * blend.modelWeight(), action, 100 * blend.score(action));
    }

    private static String describe(Neighbour n) {
        return String.format(Locale.ROOT, "case %s (%s, %s, similarity %.2f)", n.pastCase().id(),
                n.pastCase().action(), n.pastCase().outcome().name().toLowerCase(Locale.ROOT), n.similarity());
    }
}
