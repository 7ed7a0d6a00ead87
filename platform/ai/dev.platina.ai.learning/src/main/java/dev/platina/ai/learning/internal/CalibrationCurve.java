package dev.platina.ai.learning.internal;

import dev.platina.ai.api.Calibration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Raw confidences mapped to how often proposals of similar raw confidence were accepted. Outcomes are counted in ten
 * equal bins of raw confidence; each bin's rate is pulled toward the bin's own raw confidence by a prior worth two
 * outcomes (a Beta prior centred on the raw value), so a bin of three outcomes does not jump to 0 or 1; the rates
 * are then made non-decreasing by pool-adjacent-violators (weighted by outcomes plus prior), and a raw value is
 * mapped by straight lines between the bins' centres. The result never decreases as the raw value grows.
 */
final class CalibrationCurve {

    static final int BINS = 10;
    static final int MINIMUM_OUTCOMES = 20;
    static final double PRIOR_WEIGHT = 2;

    /** One bin: its raw range, what was seen in it, and the calibrated rate at its centre. */
    record Bin(double from, double to, int count, int accepted, double calibrated) {

        /** The accepted share, or NaN for an empty bin. */
        double observed() {
            return count == 0 ? Double.NaN : (double) accepted / count;
        }

        double centre() {
            return (from + to) / 2;
        }
    }

    private final List<Bin> bins;
    private final int outcomes;

    private CalibrationCurve(List<Bin> bins, int outcomes) {
        this.bins = List.copyOf(bins);
        this.outcomes = outcomes;
    }

    static CalibrationCurve fit(Collection<DecidedCases.Judged> judged) {
        int[] counts = new int[BINS];
        int[] accepted = new int[BINS];
        for (DecidedCases.Judged one : judged) {
            int bin = binOf(one.rawConfidence());
            counts[bin]++;
            accepted[bin] += one.accepted() ? 1 : 0;
        }
        double[] rates = new double[BINS];
        double[] weights = new double[BINS];
        for (int b = 0; b < BINS; b++) {
            double centre = (b + 0.5) / BINS;
            rates[b] = (accepted[b] + PRIOR_WEIGHT * centre) / (counts[b] + PRIOR_WEIGHT);
            weights[b] = counts[b] + PRIOR_WEIGHT;
        }
        double[] monotone = poolAdjacentViolators(rates, weights);
        var bins = new ArrayList<Bin>(BINS);
        for (int b = 0; b < BINS; b++) {
            bins.add(new Bin((double) b / BINS, (double) (b + 1) / BINS, counts[b], accepted[b], monotone[b]));
        }
        return new CalibrationCurve(bins, judged.size());
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
        if (raw <= bins.get(0).centre()) {
            return bins.get(0).calibrated();
        }
        for (int b = 1; b < BINS; b++) {
            Bin below = bins.get(b - 1);
            Bin above = bins.get(b);
            if (raw <= above.centre()) {
                double share = (raw - below.centre()) / (above.centre() - below.centre());
                return below.calibrated() + share * (above.calibrated() - below.calibrated());
            }
        }
        return bins.get(BINS - 1).calibrated();
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
