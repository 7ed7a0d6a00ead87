package dev.platina.ai.offline.internal;

import dev.platina.ai.api.ActionTemplate;
import dev.platina.ai.api.CaseReasoner;
import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.Proposal;
import dev.platina.ai.api.ProposalRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The offline engine's reasoning: the k past cases most similar to the new text vote for their actions (see
 * {@link VoteTally}), the action descriptions add a fading prior, the organisation's online model (see
 * {@link OnlineModel}, passed in as its learned state) adds its probabilities (see {@link Blend}), and the draft is
 * adapted from the most similar accepted case of the winning action, else from its template. It keeps nothing
 * between calls but a cache of vectors, so what it proposes depends only on the cases and the state the caller
 * passes: the tenant's own.
 *
 * <p>The confidence mixes, with the model's weight, the neighbours' (the winner's share of the votes times the
 * similarity of its best supporting case: high only when the neighbours agree and one of them is close) and the
 * model's probability for the winner. It is raw: the memory calibrates it against outcomes.
 */
final class RetrievalReasoner implements CaseReasoner {

    static final String ENGINE = "offline";
    static final int NEIGHBOURS = 7;

    private final TextEmbedder embedder;
    private final CaseVectors caseVectors;
    private final OnlineModelCodec codec;
    private final Map<String, float[]> descriptionVectors = new HashMap<>();

    RetrievalReasoner(TextEmbedder embedder, int cachedCases) {
        this.embedder = embedder;
        this.caseVectors = new CaseVectors(embedder, cachedCases);
        this.codec = new OnlineModelCodec(embedder);
    }

    String embedderName() {
        return embedder.name();
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public Proposal propose(ProposalRequest request) {
        Map<String, ActionTemplate> actions = new LinkedHashMap<>();
        request.actions().forEach(a -> actions.putIfAbsent(a.action(), a));
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("No action offered to choose from");
        }
        float[] query = embedder.embed(request.text());
        List<Neighbour> nearest = nearest(query, request.pastCases().stream()
                .filter(c -> actions.containsKey(c.action())).toList());

        VoteTally tally = new VoteTally(List.copyOf(actions.keySet()));
        nearest.forEach(n -> tally.precedent(n.pastCase().action(), n.similarity(), n.pastCase().accepted()));
        Map<String, Double> descriptionSimilarity = new HashMap<>();
        for (ActionTemplate action : actions.values()) {
            if (!action.description().isBlank()) {
                double similarity = TextEmbedder.cosine(query, descriptionVector(action));
                descriptionSimilarity.put(action.action(), similarity);
                tally.description(action.action(), similarity);
            }
        }
        OnlineModel model = codec.read(request.learnedState());
        Blend blend = Blend.of(List.copyOf(actions.keySet()), tally,
                model.probabilities(query, actions.keySet()), model.reliability());
        String winner = blend.winner();

        Optional<Neighbour> closestSupport = nearest.stream()
                .filter(n -> n.pastCase().accepted() && n.pastCase().action().equals(winner))
                .findFirst();
        double support = Math.max(closestSupport.map(Neighbour::similarity).orElse(0.0),
                descriptionSimilarity.getOrDefault(winner, 0.0) * VoteTally.DESCRIPTION_WEIGHT);
        double confidence = clamp(blend.confidence(winner, tally.share(winner) * support));

        DraftWriter.Draft draft;
        String draftSource;
        Optional<Neighbour> withDraft = nearest.stream()
                .filter(n -> n.pastCase().accepted() && n.pastCase().action().equals(winner)
                        && !n.pastCase().draft().isBlank())
                .findFirst();
        if (withDraft.isPresent()) {
            draft = DraftWriter.fromCase(withDraft.get().pastCase(), request.fields());
            draftSource = "adapted from case " + withDraft.get().pastCase().id();
        } else {
            ActionTemplate template = actions.get(winner);
            draft = DraftWriter.fromTemplate(template, request.fields());
            draftSource = template.draftTemplate().isBlank() ? "" : "from the \"" + winner + "\" template";
        }
        String rationale = RationaleWriter.write(winner, tally, nearest,
                descriptionSimilarity.getOrDefault(winner, 0.0), draftSource, draft.unfilled())
                + RationaleWriter.model(winner, blend, model);
        List<Proposal.Precedent> precedents = nearest.stream()
                .map(n -> new Proposal.Precedent(n.pastCase().id(), n.pastCase().action(), n.similarity()))
                .toList();
        return new Proposal(winner, draft.parameters(), draft.text(), confidence, rationale, precedents, ENGINE);
    }

    /**
     * Folds the decided case into the organisation's online model. Never fails on a bad state: it starts a new
     * model instead (see {@link OnlineModelCodec}).
     */
    @Override
    public byte[] learn(byte[] state, PastCase decided, Optional<Proposal> proposed) {
        if (decided.action().length() > OnlineModelCodec.MAX_ACTION_NAME) {
            return state;
        }
        OnlineModel model = codec.read(state);
        model.learn(caseVectors.of(List.of(decided)).get(0), decided, proposed.map(Proposal::action));
        return codec.write(model);
    }

    private List<Neighbour> nearest(float[] query, List<PastCase> cases) {
        List<float[]> vectors = caseVectors.of(cases);
        List<Neighbour> all = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            all.add(new Neighbour(cases.get(i), TextEmbedder.cosine(query, vectors.get(i))));
        }
        // Ties broken by id, so that the same cases in another order give the same proposal.
        all.sort(Comparator.comparingDouble(Neighbour::similarity).reversed()
                .thenComparing(n -> n.pastCase().id()));
        return List.copyOf(all.subList(0, Math.min(NEIGHBOURS, all.size())));
    }

    private float[] descriptionVector(ActionTemplate action) {
        String text = action.action().replace('_', ' ').replace('-', ' ') + ": " + action.description();
        synchronized (descriptionVectors) {
            if (descriptionVectors.size() > 10_000) {
                descriptionVectors.clear();
            }
            return descriptionVectors.computeIfAbsent(text, embedder::embed);
        }
    }

    private static double clamp(double value) {
        return Math.min(1, Math.max(0, value));
    }
}
