package dev.platina.ai.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationCurveTest {

    @Test
    void poolAdjacentViolatorsMergesWhatGoesDownIntoItsWeightedMean() {
        double[] fitted = CalibrationCurve.poolAdjacentViolators(new double[] {0.1, 0.5, 0.3, 0.7, 0.6, 0.9},
                new double[] {1, 1, 3, 1, 1, 1});

        assertThat(fitted).containsExactly(new double[] {0.1, 0.35, 0.35, 0.65, 0.65, 0.9}, within(1e-12));
    }

    @Test
    void anyOutcomesGiveACurveThatNeverGoesDown() {
        var random = new Random(7);
        for (int round = 0; round < 200; round++) {
            var judged = new ArrayList<DecidedCases.Judged>();
            for (int i = 0; i < 20 + random.nextInt(200); i++) {
                judged.add(new DecidedCases.Judged(random.nextDouble(), random.nextBoolean()));
            }
            CalibrationCurve curve = CalibrationCurve.fit(judged);
            double previous = 0;
            for (int step = 0; step <= 200; step++) {
                double value = curve.calibrate(step / 200.0).confidence();
                assertThat(value).isBetween(previous, 1.0);
                previous = value;
            }
        }
    }

    @Test
    void emptyBinsFollowTheBinsThatHaveOutcomes() {
        var judged = new ArrayList<DecidedCases.Judged>();
        for (int i = 0; i < 30; i++) {
            judged.add(new DecidedCases.Judged(0.15, i < 3));
        }
        CalibrationCurve curve = CalibrationCurve.fit(judged);

        assertThat(curve.calibrate(0.15).confidence()).isCloseTo((3 + 0.3) / 32, within(1e-9));
        assertThat(curve.calibrate(0.95).confidence()).as("flat beyond the last bin seen")
                .isCloseTo((3 + 0.3) / 32, within(1e-9));
        assertThat(curve.bins().get(9).calibrated()).isCloseTo((3 + 0.3) / 32, within(1e-9));
    }
}
