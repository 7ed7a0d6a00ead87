package dev.platina.workflow.ui.internal.builder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places a workflow's nodes on a grid, top to bottom: a node's row is the longest path to it from the start (so a
 * join sits below every branch that meets there), and branches spread side by side under the node they leave,
 * in the order of its paths. Columns are half a card wide, so one node under two branches sits between them.
 * Nodes no path reaches go in rows of their own at the bottom.
 */
final class DiagramLayout {

    /** A node's place: row and column from 0; a card spans two columns. */
    record Cell(int row, int column) {
    }

    private final Map<String, Cell> cells;
    private final int columns;

    private DiagramLayout(Map<String, Cell> cells, int columns) {
        this.cells = cells;
        this.columns = columns;
    }

    Map<String, Cell> cells() {
        return cells;
    }

    /** Grid columns needed: two per card at the widest row. */
    int columns() {
        return columns;
    }

    /** Node ids row by row, left to right: the reading order on a phone, where the cards stack. */
    List<String> readingOrder() {
        return cells.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, Cell> e) -> e.getValue()
                .row()).thenComparingInt(e -> e.getValue().column())).map(Map.Entry::getKey).toList();
    }

    static DiagramLayout of(Draft draft) {
        Set<String> reachable = draft.reachable();
        Map<String, Integer> rows = rows(draft, reachable);
        Map<Integer, List<String>> byRow = new LinkedHashMap<>();
        rows.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> byRow.computeIfAbsent(e.getValue(), r -> new ArrayList<>()).add(e.getKey()));

        Map<String, Double> x = new HashMap<>();
        Map<String, List<Double>> wanted = new HashMap<>();
        int lastRow = -1;
        for (Map.Entry<Integer, List<String>> row : byRow.entrySet()) {
            lastRow = row.getKey();
            List<String> ids = row.getValue();
            Map<String, Double> desired = new HashMap<>();
            for (String id : ids) {
                List<Double> from = wanted.getOrDefault(id, List.of());
                desired.put(id, from.isEmpty() ? 0.0 : from.stream().mapToDouble(Double::doubleValue).average()
                        .orElse(0));
            }
            ids.sort(Comparator.comparingDouble(desired::get));
            place(ids, desired, x);
            for (String id : ids) {
                // Each distinct target of a node gets its own lane under it, in the order of the node's paths.
                List<String> targets = draft.slots(id).stream().map(Slot::target).filter(reachable::contains)
                        .filter(t -> rows.getOrDefault(t, -1) > row.getKey()).distinct().toList();
                for (int i = 0; i < targets.size(); i++) {
                    double lane = x.get(id) + i - (targets.size() - 1) / 2.0;
                    wanted.computeIfAbsent(targets.get(i), t -> new ArrayList<>()).add(lane);
                }
            }
        }
        int next = lastRow + 1;
        for (String id : draft.nodeIds()) {
            if (!reachable.contains(id)) {
                rows.put(id, next++);
                x.put(id, 0.0);
            }
        }
        double left = x.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        Map<String, Cell> cells = new LinkedHashMap<>();
        int columns = 2;
        for (String id : draft.nodeIds()) {
            int column = (int) Math.round((x.get(id) - left) * 2);
            cells.put(id, new Cell(rows.get(id), column));
            columns = Math.max(columns, column + 2);
        }
        return new DiagramLayout(cells, columns);
    }

    /** Spreads a row's nodes at least one card apart, as close to where their parents want them as that allows. */
    private static void place(List<String> ids, Map<String, Double> desired, Map<String, Double> x) {
        double[] at = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            at[i] = desired.get(ids.get(i));
            if (i > 0 && at[i] < at[i - 1] + 1) {
                at[i] = at[i - 1] + 1;
            }
        }
        double wantedMean = ids.stream().mapToDouble(desired::get).average().orElse(0);
        double mean = java.util.Arrays.stream(at).average().orElse(0);
        double shift = Math.round((wantedMean - mean) * 2) / 2.0;
        for (int i = 0; i < ids.size(); i++) {
            x.put(ids.get(i), at[i] + shift);
        }
    }

    /** The longest path from the start to each reachable node; a loop (which the checks refuse) is not followed. */
    private static Map<String, Integer> rows(Draft draft, Set<String> reachable) {
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Integer> incoming = new HashMap<>();
        for (String id : reachable) {
            for (String target : targets(draft, id, reachable)) {
                incoming.merge(target, 1, Integer::sum);
            }
        }
        var ready = new ArrayList<String>();
        if (reachable.contains(draft.start())) {
            ready.add(draft.start());
            rows.put(draft.start(), 0);
        }
        while (!ready.isEmpty()) {
            String id = ready.remove(0);
            for (String target : targets(draft, id, reachable)) {
                rows.merge(target, rows.get(id) + 1, Math::max);
                if (incoming.merge(target, -1, Integer::sum) == 0) {
                    ready.add(target);
                }
            }
        }
        // Nodes on a loop never became ready: put them below what they follow so they still show.
        int bottom = rows.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (String id : draft.nodeIds()) {
            if (reachable.contains(id) && !rows.containsKey(id)) {
                rows.put(id, ++bottom);
            }
        }
        return rows;
    }

    private static List<String> targets(Draft draft, String id, Set<String> reachable) {
        return draft.slots(id).stream().map(Slot::target).filter(reachable::contains).distinct().toList();
    }
}
