package dev.platina.ai.learning.internal;

import dev.platina.ai.api.Calibration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Raw confidences mapped to how often proposals of similar raw confidence were accepted. Outcomes are counted in ten
 * equal bins of raw confidence; each bin's rate is pulled toward the bin's own raw confidence by a prior worth two
 * outcomes (a Beta prior centred on the raw value), so a bin of three outcomes does not jump to 0 or 1; the rates of
 * the bins that have outcomes are then made non-decreasing by pool-adjacent-violators (weighted by outcomes plus
 * prior), and a raw value is mapped by straight lines between those bins' centres, flat beyond the outermost ones.
 * Empty bins take no part: a guess must not outweigh what was seen. The result never decreases as raw grows.
 */
final class CalibrationCurve {

    static final int BINS = 10;
    static final int MINIMUM_OUTCOMES = 20;
    static final double PRIOR_WEIGHT = 2;

    /** One bin: its raw range, what was seen in it, and the calibrated value at its centre. */
    record Bin(double from, double to, int count, int accepted, double calibrated) {

        /** The accepted share, or NaN for an empty bin. */
        double observed() {
            return count == 0 ? Double.NaN : (double) accepted / count;
        }
    }

    /** A point the curve passes through: a bin centre with outcomes, and its monotone rate. */
    private record Knot(double raw, double rate) {
    }

    private final List<Bin> bins;
    private final List<Knot> knots;
    private final int outcomes;

    private CalibrationCurve(int[] counts, int[] accepted, List<Knot> knots, int outcomes) {
        this.knots = List.copyOf(knots);
        this.outcomes = outcomes;
        var all = new ArrayList<Bin>(BINS);
        for (int b = 0; b < BINS; b++) {
            all.add(new Bin((double) b / BINS, (double) (b + 1) / BINS, counts[b], accepted[b], at(centre(b))));
        }
        this.bins = List.copyOf(all);
    }

    static CalibrationCurve fit(Collection<DecidedCases.Judged> judged) {
        int[] counts = new int[BINS];
        int[] accepted = new int[BINS];
        for (DecidedCases.Judged one : judged) {
            int bin = binOf(one.rawConfidence());
            counts[bin]++;
            accepted[bin] += one.accepted() ? 1 : 0;
        }
        var seen = new ArrayList<Integer>();
        for (int b = 0; b < BINS; b++) {
            if (counts[b] > 0) {
                seen.add(b);
            }
        }
        double[] rates = new double[seen.size()];
        double[] weights = new double[seen.size()];
        for (int i = 0; i < seen.size(); i++) {
            int b = seen.get(i);
            rates[i] = (accepted[b] + PRIOR_WEIGHT * centre(b)) / (counts[b] + PRIOR_WEIGHT);
            weights[i] = counts[b] + PRIOR_WEIGHT;
        }
        double[] monotone = poolAdjacentViolators(rates, weights);
        var knots = new ArrayList<Knot>();
        for (int i = 0; i < seen.size(); i++) {
            knots.add(new Knot(centre(seen.get(i)), monotone[i]));
        }
        return new CalibrationCurve(counts, accepted, knots, judged.size());
    }

    /** The raw value while fewer than {@link #MINIMUM_OUTCOMES} outcomes are known. */
    Calibration calibrate(double raw) {
        if (!active()) {
            return new Calibration(raw, raw, 0);
        }
        return new Calibration(raw, Math.min(1, Math.max(0, at(raw))), outcomes);
    }

    boolean active() {
        return outcomes >= MINIMUM_OUTCOMES;
    }

    List<Bin> bins() {
        return bins;
    }

    int outcomes() {
        return outcomes;
    }

    private double at(double raw) {
        if (knots.isEmpty()) {
            return raw;
        }
        if (raw <= knots.get(0).raw()) {
            return knots.get(0).rate();
        }
        for (int k = 1; k < knots.size(); k++) {
            Knot below = knots.get(k - 1);
            Knot above = knots.get(k);
            if (raw <= above.raw()) {
                double share = (raw - below.raw()) / (above.raw() - below.raw());
                // Clamped to the segment so rounding cannot dip below where the next segment starts.
                return Math.min(above.rate(), Math.max(below.rate(),
                        below.rate() + share * (above.rate() - below.rate())));
            }
        }
        return knots.get(knots.size() - 1).rate();
    }

    private static double centre(int bin) {
        return (bin + 0.5) / BINS;
    }

    private static int binOf(double raw) {
        return Math.min(BINS - 1, Math.max(0, (int) Math.floor(raw * BINS)));
    }

    /** The weighted least-squares non-decreasing fit: adjacent blocks that go down are merged into their mean. */
    static double[] poolAdjacentViolators(double[] values, double[] weights) {
        int n = values.length;
        double[] blockValue = new double[n];
        double[] blockWeight = new double[n];
        int[] blockSize = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            blockValue[blocks] = values[i];
            blockWeight[blocks] = weights[i];
            blockSize[blocks] = 1;
            blocks++;
            while (blocks > 1 && blockValue[blocks - 2] > blockValue[blocks - 1]) {
                double weight = blockWeight[blocks - 2] + blockWeight[blocks - 1];
                blockValue[blocks - 2] = (blockValue[blocks - 2] * blockWeight[blocks - 2]
                        + blockValue[blocks - 1] * blockWeight[blocks - 1]) / weight;
                blockWeight[blocks - 2] = weight;
                blockSize[blocks - 2] += blockSize[blocks - 1];
                blocks--;
            }
        }
        double[] fitted = new double[n];
        int at = 0;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < blockSize[b]; k++) {
                fitted[at++] = blockValue[b];
            }
        }
        return fitted;
    }
}
