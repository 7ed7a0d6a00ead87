package dev.platina.workflow.engine.internal;

import java.util.Map;

/** A checked workflow definition: every reference resolves, the graph has no loop, every branch ends. */
record Definition(String name, String description, Trigger trigger, String start, Map<String, Node> nodes,
        Map<String, String> parallelOfJoin) {

    /** How many branches a join waits for. */
    int branchesNeeded(Node.Join join) {
        int branches = ((Node.Parallel) node(parallelOfJoin.get(join.id()))).branches().size();
        return switch (join.mode()) {
            case ALL -> branches;
            case ANY -> 1;
            case COUNT -> join.count();
        };
    }

    Node node(String id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalStateException("No node " + id);
        }
        return node;
    }
}
