package dev.platina.workflow.engine.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shape rules the engine relies on: every node is reachable from the start, there are no loops (retries are a
 * step's policy, not an edge back), and the branches of each parallel node meet again at one join before they go
 * on. Each join closes exactly one parallel node.
 */
final class GraphCheck {

    private static final String END = "";

    private final Map<String, Node> nodes;
    private final Problems problems;
    private final Map<String, Optional<String>> joinOfParallel = new HashMap<>();

    GraphCheck(Map<String, Node> nodes, Problems problems) {
        this.nodes = nodes;
        this.problems = problems;
    }

    /** Checks the graph; returns which parallel node each join closes. */
    Map<String, String> check(String start) {
        Map<String, String> closedBy = new HashMap<>();
        if (!loopFree(start)) {
            return closedBy;
        }
        reachable(start);
        for (Node node : nodes.values()) {
            if (node instanceof Node.Parallel parallel) {
                joinOf(parallel).ifPresent(join -> {
                    String other = closedBy.putIfAbsent(join, parallel.id());
                    if (other != null) {
                        problems.add("nodes[" + join + "]", "closes both '" + other + "' and '" + parallel.id()
                                + "'; give each parallel node its own join");
                    }
                });
            }
        }
        for (Node node : nodes.values()) {
            if (node instanceof Node.Join join) {
                if (!closedBy.containsKey(join.id())) {
                    problems.add("nodes[" + join.id() + "]", "is not where the branches of a parallel node meet;"
                            + " a join closes a parallel node");
                } else if (join.mode() == Node.JoinMode.COUNT) {
                    int branches = ((Node.Parallel) nodes.get(closedBy.get(join.id()))).branches().size();
                    if (join.count() > branches) {
                        problems.add("nodes[" + join.id() + "].count", "waits for " + join.count() + " branches but"
                                + " only " + branches + " arrive");
                    }
                }
            }
        }
        return closedBy;
    }

    private boolean loopFree(String start) {
        Map<String, Integer> state = new HashMap<>();
        // Iterative depth-first search: deep graphs must not overflow the stack.
        var stack = new ArrayDeque<Frame>();
        stack.push(new Frame(start, 0, new ArrayList<>(List.of(start))));
        state.put(start, 1);
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            List<String> next = nodes.get(frame.id).successors();
            if (frame.index >= next.size()) {
                state.put(frame.id, 2);
                stack.pop();
                continue;
            }
            String successor = next.get(frame.index++);
            Integer seen = state.get(successor);
            if (seen == null) {
                state.put(successor, 1);
                var path = new ArrayList<>(frame.path);
                path.add(successor);
                stack.push(new Frame(successor, 0, path));
            } else if (seen == 1) {
                List<String> loop = frame.path.subList(frame.path.indexOf(successor), frame.path.size());
                problems.add("nodes[" + frame.id + "]", "leads back to '" + successor + "' (" + String.join(" → ",
                        loop) + " → " + successor + "); loops are not supported: use a step's retry policy, or"
                        + " start another run");
                return false;
            }
        }
        return true;
    }

    private static final class Frame {
        final String id;
        int index;
        final List<String> path;

        Frame(String id, int index, List<String> path) {
            this.id = id;
            this.index = index;
            this.path = path;
        }
    }

    private void reachable(String start) {
        Set<String> seen = new HashSet<>();
        var queue = new ArrayDeque<String>(List.of(start));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (seen.add(id)) {
                queue.addAll(nodes.get(id).successors());
            }
        }
        for (String id : nodes.keySet()) {
            if (!seen.contains(id)) {
                problems.add("nodes[" + id + "]", "no path from the start leads here; connect it or remove it");
            }
        }
    }

    /** The join where all branches of the parallel node meet, or empty after reporting why there is none. */
    private Optional<String> joinOf(Node.Parallel parallel) {
        if (joinOfParallel.containsKey(parallel.id())) {
            return joinOfParallel.get(parallel.id());
        }
        joinOfParallel.put(parallel.id(), Optional.empty());
        Set<String> joins = new LinkedHashSet<>();
        for (int i = 0; i < parallel.branches().size(); i++) {
            Set<String> reached = firstJoins(parallel.branches().get(i), new HashSet<>());
            reached.remove(END);
            if (reached.isEmpty()) {
                problems.add("nodes[" + parallel.id() + "].branches[" + i + "]", "branch '"
                        + parallel.branches().get(i) + "' never meets the other branches at a join");
                return Optional.empty();
            }
            joins.addAll(reached);
        }
        if (joins.size() != 1) {
            problems.add("nodes[" + parallel.id() + "].branches", "the branches meet at different joins ("
                    + String.join(", ", joins) + "); they must all meet at one");
            return Optional.empty();
        }
        Optional<String> join = Optional.of(joins.iterator().next());
        joinOfParallel.put(parallel.id(), join);
        return join;
    }

    /**
     * The first joins on the paths from {@code id}; a nested parallel node is stepped over through its own join.
     * {@link #END} stands for a path that ends the run inside the branch, which is allowed (it ends the run).
     */
    private Set<String> firstJoins(String id, Set<String> visited) {
        Set<String> found = new LinkedHashSet<>();
        if (!visited.add(id)) {
            return found;
        }
        Node node = nodes.get(id);
        if (node instanceof Node.Join) {
            found.add(id);
        } else if (node instanceof Node.End) {
            found.add(END);
        } else if (node instanceof Node.Parallel nested) {
            joinOf(nested).ifPresent(join -> found.addAll(firstJoins(((Node.Join) nodes.get(join)).next(), visited)));
        } else {
            for (String successor : node.successors()) {
                found.addAll(firstJoins(successor, visited));
            }
        }
        return found;
    }
}
