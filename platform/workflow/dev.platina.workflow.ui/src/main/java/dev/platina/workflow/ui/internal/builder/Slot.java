package dev.platina.workflow.ui.internal.builder;

/**
 * One path out of a node: {@code path} is where the target is written in the node ({@code next},
 * {@code otherwise}, {@code branches.0.next}, {@code branches.1}); a null {@code node} is the workflow's start.
 */
record Slot(String node, String path, String label, String target) {

    /** A stable name for the page: ids of buttons and drop zones. */
    String key() {
        return (node == null ? "start" : node) + "--" + path.replace('.', '-');
    }
}
