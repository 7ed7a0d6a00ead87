package dev.platina.workflow.ui.internal.builder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checker's problems ({@code nodes[approve].policy.approvals -> "asks for 3 approvals..."}) sorted by where
 * they belong: on a node (with the field inside it, "" for the node as a whole) or on the workflow.
 */
final class NodeProblems {

    private final Map<String, Map<String, String>> byNode = new LinkedHashMap<>();
    private final Map<String, String> workflow = new LinkedHashMap<>();

    NodeProblems(Map<String, String> problems) {
        problems.forEach((place, message) -> {
            if (place.startsWith("nodes[") && place.indexOf(']') > 6) {
                int close = place.indexOf(']');
                String node = place.substring(6, close);
                String field = place.substring(close + 1).replaceFirst("^\\.", "");
                byNode.computeIfAbsent(node, n -> new LinkedHashMap<>()).put(field, message);
            } else {
                workflow.put(place, message);
            }
        });
    }

    static NodeProblems none() {
        return new NodeProblems(Map.of());
    }

    /** The node's problems by field inside it ({@code policy.approvals}, {@code branches[0].when}, "" for all). */
    Map<String, String> of(String node) {
        return byNode.getOrDefault(node, Map.of());
    }

    /** Problems that belong to no node: name, trigger, start, the list of nodes. */
    Map<String, String> workflow() {
        return workflow;
    }

    /** Problems to show above the diagram: the workflow's own, and those of nodes not on it (a bad id). */
    Map<String, String> elsewhere(java.util.Set<String> nodeIds) {
        Map<String, String> lines = new LinkedHashMap<>(workflow);
        byNode.forEach((node, fields) -> {
            if (!nodeIds.contains(node)) {
                fields.forEach((field, message) -> lines.put("nodes[" + node + "]" + (field.isEmpty() ? ""
                        : "." + field), message));
            }
        });
        return lines;
    }

    boolean isEmpty() {
        return byNode.isEmpty() && workflow.isEmpty();
    }

    int count() {
        return workflow.size() + byNode.values().stream().mapToInt(Map::size).sum();
    }

    /** The node's problems as lines for its card: "field: message", or the message alone. */
    List<String> lines(String node) {
        return of(node).entrySet().stream().map(e -> e.getKey().isEmpty() ? e.getValue()
                : e.getKey() + ": " + e.getValue()).toList();
    }
}
