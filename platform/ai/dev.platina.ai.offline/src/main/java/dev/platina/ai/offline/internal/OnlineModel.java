package dev.platina.ai.offline.internal;

import dev.platina.ai.api.PastCase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One organisation's online model: multinomial logistic regression over the sentence vectors, one weight vector and
 * bias per action, moved by one gradient step per decided case. An approved or edited case is a step towards its
 * action; a rejected one a step away from the action that was turned down (half as long, as in the vote), spread
 * over the other actions by their probabilities; an edit that changed the action also steps away from the proposed
 * one. Vectors are taken relative to the running mean of all the organisation's texts and scaled back to unit
 * length: a shop's e-mails share most of their vector, and without centring every step would mostly move that shared
 * part.
 *
 * <p>Before learning an accepted case the model is tested on it; the running share of those tests it passed (its
 * {@link #reliability()}) decides how much the engine listens to it. At most {@value #MAX_ACTIONS} actions are kept:
 * the one updated longest ago makes room for a new one. Deterministic: the same cases in the same order give the
 * same model.
 */
final class OnlineModel {

    static final int MAX_ACTIONS = 64;
    /**
     * The first step's size; the n-th is {@code LEARNING_RATE / sqrt(1 + n / DECAY_CASES)}. Chosen on the shop
     * replay of the benchmarks module with a seed other than the reported one (0.5 to 8 tried, with and without
     * decay): without decay the last cases pulled the model around and day 30 came out worse than day 20.
     */
    static final double LEARNING_RATE = 4;
    static final double DECAY_CASES = 100;
    static final double REJECTED_STEP = 0.5;
    /** About the last 30 tests count; the starting 0 fades as they come in, so a young model is listened to less. */
    static final double RELIABILITY_MEMORY = 1.0 / 30;

    /** One action's weights, how many cases taught it and when it was last moved. */
    static final class ActionWeights {
        final float[] weights;
        float bias;
        int cases;
        long lastUpdate;

        ActionWeights(float[] weights, float bias, int cases, long lastUpdate) {
            this.weights = weights;
            this.bias = bias;
            this.cases = cases;
            this.lastUpdate = lastUpdate;
        }
    }

    private final int dimension;
    private final float[] mean;
    private long learnt;
    private double reliability;
    private final Map<String, ActionWeights> actions;

    OnlineModel(int dimension) {
        this(dimension, new float[dimension], 0, 0, new LinkedHashMap<>());
    }

    OnlineModel(int dimension, float[] mean, long learnt, double reliability, Map<String, ActionWeights> actions) {
        this.dimension = dimension;
        this.mean = mean;
        this.learnt = learnt;
        this.reliability = reliability;
        this.actions = actions;
    }

    int dimension() {
        return dimension;
    }

    float[] mean() {
        return mean;
    }

    /** How many cases it learnt from. */
    long learnt() {
        return learnt;
    }

    /** The running share of accepted cases whose action it had right before learning them, in [0, 1]. */
    double reliability() {
        return reliability;
    }

    Map<String, ActionWeights> actions() {
        return actions;
    }

    /**
     * The probability of each of {@code offered} that the model knows, among those; empty when it knows fewer than
     * two of them, because then it has nothing to tell apart.
     */
    Map<String, Double> probabilities(float[] vector, Collection<String> offered) {
        List<String> known = offered.stream().filter(actions::containsKey).distinct().toList();
        if (known.size() < 2) {
            return Map.of();
        }
        return softmax(known, centred(vector));
    }

    /** Folds one decided case in, given its text's vector and the action the engine had proposed, if known. */
    void learn(float[] vector, PastCase decided, Optional<String> proposedAction) {
        float[] x = centred(vector);
        if (decided.accepted()) {
            test(x, decided.action());
            step(x, decided.action(), true, 1);
            proposedAction.filter(a -> !a.equals(decided.action()))
                    .ifPresent(wrong -> step(x, wrong, false, REJECTED_STEP));
        } else {
            step(x, decided.action(), false, REJECTED_STEP);
        }
        learnt++;
        // The mean moves after the step, so the step used the same centre as a proposal made just before it.
        for (int i = 0; i < dimension; i++) {
            mean[i] += (float) ((vector[i] - mean[i]) / Math.min(learnt, 1000));
        }
    }

    private void test(float[] x, String action) {
        if (!actions.containsKey(action) || actions.size() < 2) {
            return;
        }
        Map<String, Double> p = softmax(List.copyOf(actions.keySet()), x);
        String best = null;
        for (Map.Entry<String, Double> e : p.entrySet()) {
            if (best == null || e.getValue() > p.get(best)) {
                best = e.getKey();
            }
        }
        double hit = action.equals(best) ? 1 : 0;
        reliability += RELIABILITY_MEMORY * (hit - reliability);
    }

    /**
     * One gradient step of the log-loss: towards {@code action} for an accepted case (-log p), away from it for a
     * turned-down one (-log(1 - p)), which lifts the other actions in proportion to their probabilities.
     */
    private void step(float[] x, String action, boolean towards, double size) {
        ActionWeights target = row(action);
        List<String> names = List.copyOf(actions.keySet());
        Map<String, Double> p = softmax(names, x);
        double pTarget = p.get(action);
        for (String name : names) {
            double pj = p.get(name);
            double gradient;
            if (towards) {
                gradient = name.equals(action) ? pj - 1 : pj;
            } else {
                gradient = name.equals(action) ? pTarget : -pTarget * pj / Math.max(1e-9, 1 - pTarget);
            }
            ActionWeights row = actions.get(name);
            double move = -learningRate() * size * gradient;
            for (int i = 0; i < dimension; i++) {
                row.weights[i] += (float) (move * x[i]);
            }
            row.bias += (float) move;
        }
        target.lastUpdate = learnt + 1;
        if (towards) {
            target.cases++;
        }
    }

    /**
     * Large steps while little is known, smaller ones as cases accumulate, so that the last few cases (and a
     * reviewer's slip among them) do not outweigh a month of agreeing ones.
     */
    private double learningRate() {
        return LEARNING_RATE / Math.sqrt(1 + learnt / DECAY_CASES);
    }

    private ActionWeights row(String action) {
        ActionWeights row = actions.get(action);
        if (row == null) {
            if (actions.size() >= MAX_ACTIONS) {
                String stalest = null;
                for (Map.Entry<String, ActionWeights> e : actions.entrySet()) {
                    if (stalest == null || e.getValue().lastUpdate < actions.get(stalest).lastUpdate) {
                        stalest = e.getKey();
                    }
                }
                actions.remove(stalest);
            }
            row = new ActionWeights(new float[dimension], 0, 0, learnt + 1);
            actions.put(action, row);
        }
        return row;
    }

    private Map<String, Double> softmax(List<String> names, float[] x) {
        List<Double> logits = new ArrayList<>(names.size());
        double max = Double.NEGATIVE_INFINITY;
        for (String name : names) {
            ActionWeights row = actions.get(name);
            double z = row.bias + TextEmbedder.cosine(row.weights, x);
            logits.add(z);
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int i = 0; i < logits.size(); i++) {
            double e = Math.exp(logits.get(i) - max);
            logits.set(i, e);
            sum += e;
        }
        Map<String, Double> p = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            p.put(names.get(i), logits.get(i) / sum);
        }
        return p;
    }

    private float[] centred(float[] vector) {
        float[] x = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            x[i] = vector[i] - mean[i];
        }
        return TextEmbedder.normalise(x);
    }
}
