package dev.platina.ai.learning.internal;

import java.util.List;
import java.util.Map;

/**
 * What an organisation's memory holds, without any case's content: counts, each engine's calibration bins and the
 * size of its online model.
 */
public record MemorySummary(int cases, Map<String, Integer> byOutcome, int pending, List<EngineMemory> engines) {

    /** One engine's cases, calibration and learned state ({@code learnedState} null when it has none). */
    public record EngineMemory(String engine, int cases, Map<String, Integer> byOutcome, CalibrationView calibration,
            LearnedStateView learnedState) {
    }

    /** The outcomes behind calibration; {@code active} once there are at least {@code minimumOutcomes}. */
    public record CalibrationView(int outcomes, int minimumOutcomes, boolean active, List<BinView> bins) {
    }

    /** A bin of raw confidence: how many outcomes, the accepted share seen (null if none), the calibrated value. */
    public record BinView(double from, double to, int count, Double observed, double calibrated) {
    }

    public record LearnedStateView(int bytes, int cases, String updatedAt) {
    }
}
