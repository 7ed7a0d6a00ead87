package dev.platina.workflow.engine.internal;

import java.util.Map;

/** A checked workflow definition: every reference resolves, the graph has no loop, every branch ends. */
record Definition(String name, String description, Trigger trigger, String start, Map<String, Node> nodes) {

    Node node(String id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalStateException("No node " + id);
        }
        return node;
    }
}
