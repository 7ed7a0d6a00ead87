package dev.platina.workflow.ui.internal.builder;

/** What the node editor asks the builder to change in the draft; each call redraws and checks again. */
interface Edits {

    /** Sets a field inside the node ({@code policy.approvals}); null removes it. */
    void set(String node, String path, Object value);

    /** Sets a field that changes which fields or paths the node has; the editor opens the node again. */
    void reshape(String node, String path, Object value);

    void rename(String node, String newId);

    void point(Slot slot, String target);

    void addBranch(String node);

    void removeBranch(String node, int index);

    void remove(String node);
}
