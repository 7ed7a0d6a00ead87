package dev.platina.ai.learning.internal;

import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

/** Counts an organisation's memory for its summary; reads no case content. */
final class SummaryReader {

    private final DecidedCases cases;
    private final LearnedStates states;
    private final PendingProposals pending;
    private final BiFunction<TenantId, String, CalibrationCurve> curves;

    SummaryReader(DecidedCases cases, LearnedStates states, PendingProposals pending,
            BiFunction<TenantId, String, CalibrationCurve> curves) {
        this.cases = cases;
        this.states = states;
        this.pending = pending;
        this.curves = curves;
    }

    private record Counts(Map<String, Map<String, Integer>> byEngine, Map<String, LearnedStates.State> states,
            int pending) {
    }

    MemorySummary read(TenantId tenant, TenantTransactions transactions) {
        Counts counts = transactions.inTenant(tenant, c -> {
            var byName = new LinkedHashMap<String, LearnedStates.State>();
            for (LearnedStates.State state : states.all(c)) {
                byName.put(state.engine(), state);
            }
            return new Counts(cases.counts(c), byName, pending.count(c));
        });
        var engines = new ArrayList<MemorySummary.EngineMemory>();
        var total = new LinkedHashMap<String, Integer>();
        int all = 0;
        var names = new TreeSet<String>(counts.byEngine().keySet());
        names.addAll(counts.states().keySet());
        for (String engine : names) {
            Map<String, Integer> byOutcome = counts.byEngine().getOrDefault(engine, Map.of());
            int engineCases = byOutcome.values().stream().mapToInt(Integer::intValue).sum();
            byOutcome.forEach((outcome, n) -> total.merge(outcome, n, Integer::sum));
            all += engineCases;
            LearnedStates.State state = counts.states().get(engine);
            engines.add(new MemorySummary.EngineMemory(engine, engineCases, byOutcome,
                    calibration(curves.apply(tenant, engine)), state == null ? null
                            : new MemorySummary.LearnedStateView(state.bytes().length, state.cases(),
                                    state.updatedAt().toString())));
        }
        return new MemorySummary(all, total, counts.pending(), engines);
    }

    private static MemorySummary.CalibrationView calibration(CalibrationCurve curve) {
        List<MemorySummary.BinView> bins = curve.bins().stream().map(bin -> new MemorySummary.BinView(bin.from(),
                bin.to(), bin.count(), bin.count() == 0 ? null : bin.observed(), bin.calibrated())).toList();
        return new MemorySummary.CalibrationView(curve.outcomes(), CalibrationCurve.MINIMUM_OUTCOMES, curve.active(),
                bins);
    }
}
