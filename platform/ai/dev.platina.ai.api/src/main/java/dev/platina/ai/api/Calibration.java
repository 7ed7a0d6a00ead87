package dev.platina.ai.api;

/**
 * A confidence checked against outcomes: {@code confidence} is the share of accepted proposals among the
 * organisation's past proposals of similar raw confidence ({@code raw}), learnt from {@code outcomes} decisions;
 * equal to {@code raw} while {@code outcomes} is too small to say.
 */
public record Calibration(double raw, double confidence, int outcomes) {

    public Calibration {
        if (!(raw >= 0 && raw <= 1) || !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidences must be within [0, 1]");
        }
    }

    /** Whether outcomes changed the raw value. */
    public boolean calibrated() {
        return outcomes > 0 && confidence != raw;
    }
}
