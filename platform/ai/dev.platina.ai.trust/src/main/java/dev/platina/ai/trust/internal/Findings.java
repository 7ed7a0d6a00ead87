package dev.platina.ai.trust.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Chooses among overlapping findings: the higher-priority kind wins, then the earlier, then the longer span. */
final class Findings {

    private static final Comparator<Finding> PRIORITY = Comparator.comparing(Finding::kind)
            .thenComparingInt(Finding::start)
            .thenComparing(Comparator.comparingInt(Finding::end).reversed());

    private Findings() {}

    /** Non-overlapping findings in text order. */
    static List<Finding> resolve(List<Finding> candidates) {
        List<Finding> byPriority = new ArrayList<>(candidates);
        byPriority.sort(PRIORITY);
        TreeMap<Integer, Finding> accepted = new TreeMap<>();
        for (Finding candidate : byPriority) {
            if (!clashes(accepted, candidate)) {
                accepted.put(candidate.start(), candidate);
            }
        }
        return new ArrayList<>(accepted.values());
    }

    private static boolean clashes(TreeMap<Integer, Finding> accepted, Finding candidate) {
        Map.Entry<Integer, Finding> before = accepted.floorEntry(candidate.start());
        if (before != null && before.getValue().overlaps(candidate)) {
            return true;
        }
        Map.Entry<Integer, Finding> after = accepted.ceilingEntry(candidate.start());
        return after != null && after.getValue().overlaps(candidate);
    }
}
