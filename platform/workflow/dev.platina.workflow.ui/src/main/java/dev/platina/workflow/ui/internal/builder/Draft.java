package dev.platina.workflow.ui.internal.builder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A workflow definition being edited: the same JSON graph the engine reads, changed by the builder's operations
 * (insert a node on a path, remove a node, rename, point a path elsewhere, set a field). It keeps fields it does not
 * know, so editing a definition written by hand or through the API loses nothing.
 */
final class Draft {

    static final Pattern NODE_ID = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

    private final Map<String, Object> root;
    private final LinkedHashMap<String, Map<String, Object>> nodes = new LinkedHashMap<>();

    private Draft(Map<String, Object> root) {
        this.root = root;
        Object list = root.remove("nodes");
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> node && node.get("id") instanceof String id && !nodes.containsKey(id)) {
                    nodes.put(id, Json.object(node));
                }
            }
        }
    }

    /** A new workflow: it starts and ends at once until steps are added. */
    static Draft blank(String name) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", name);
        root.put("trigger", new LinkedHashMap<>(Map.of("type", "manual")));
        root.put("start", "done");
        root.put("nodes", List.of(Map.of("id", "done", "type", "end")));
        return new Draft(root);
    }

    static Draft of(Map<String, Object> definition) {
        return new Draft(Json.object(definition));
    }

    /** The definition as the engine reads it; a copy. */
    Map<String, Object> definition() {
        Map<String, Object> copy = new LinkedHashMap<>();
        root.forEach((key, value) -> {
            if (!key.equals("nodes")) {
                copy.put(key, Json.copy(value));
            }
            if (key.equals("start")) {
                copy.put("nodes", nodeList());
            }
        });
        copy.putIfAbsent("nodes", nodeList());
        return copy;
    }

    private List<Object> nodeList() {
        List<Object> list = new ArrayList<>();
        nodes.values().forEach(node -> list.add(Json.copy(node)));
        return list;
    }

    String name() {
        return root.get("name") instanceof String name ? name : "";
    }

    void name(String name) {
        root.put("name", name);
    }

    String description() {
        return root.get("description") instanceof String text ? text : "";
    }

    void description(String description) {
        if (description.isBlank()) {
            root.remove("description");
        } else {
            root.put("description", description);
        }
    }

    /** The trigger; a copy, {@code type} manual when none is set. */
    Map<String, Object> trigger() {
        return root.get("trigger") instanceof Map<?, ?> trigger ? Json.object(trigger)
                : new LinkedHashMap<>(Map.of("type", "manual"));
    }

    void trigger(Map<String, Object> trigger) {
        root.put("trigger", Json.object(trigger));
    }

    String start() {
        return root.get("start") instanceof String start ? start : "";
    }

    List<String> nodeIds() {
        return List.copyOf(nodes.keySet());
    }

    boolean has(String id) {
        return nodes.containsKey(id);
    }

    /** The node's JSON; a copy. */
    Map<String, Object> node(String id) {
        return Json.object(require(id));
    }

    String type(String id) {
        return require(id).get("type") instanceof String type ? type : "";
    }

    /** Where a node can lead, in the order the builder shows them. */
    List<Slot> slots(String id) {
        Map<String, Object> node = require(id);
        List<Slot> slots = new ArrayList<>();
        switch (type(id)) {
            case "step" -> {
                slots.add(slot(id, node, "next", "Next"));
                if (node.containsKey("onError")) {
                    slots.add(slot(id, node, "onError", "On error"));
                }
            }
            case "condition" -> {
                List<?> branches = node.get("branches") instanceof List<?> list ? list : List.of();
                for (int i = 0; i < branches.size(); i++) {
                    Map<?, ?> branch = branches.get(i) instanceof Map<?, ?> map ? map : Map.of();
                    String when = branch.get("when") instanceof String text && !text.isBlank() ? text : "…";
                    slots.add(new Slot(id, "branches." + i + ".next", "When " + when, text(branch.get("next"))));
                }
                slots.add(slot(id, node, "otherwise", "Otherwise"));
            }
            case "parallel" -> {
                List<?> branches = node.get("branches") instanceof List<?> list ? list : List.of();
                for (int i = 0; i < branches.size(); i++) {
                    slots.add(new Slot(id, "branches." + i, "Branch " + (i + 1), text(branches.get(i))));
                }
            }
            case "approval" -> {
                slots.add(slot(id, node, "next", "Approved"));
                slots.add(slot(id, node, "onReject", "Rejected or expired"));
            }
            case "join", "wait" -> slots.add(slot(id, node, "next", "Then"));
            default -> {
                // end nodes lead nowhere; unknown types are left as they are.
            }
        }
        return slots;
    }

    /** The path from the start of the workflow to its first node. */
    Slot startSlot() {
        return new Slot(null, "start", "Start", start());
    }

    private static Slot slot(String id, Map<String, Object> node, String field, String label) {
        return new Slot(id, field, label, text(node.get(field)));
    }

    /** Every path leading to {@code target}. */
    List<Slot> slotsInto(String target) {
        List<Slot> into = new ArrayList<>();
        if (start().equals(target)) {
            into.add(startSlot());
        }
        for (String id : nodes.keySet()) {
            slots(id).stream().filter(slot -> slot.target().equals(target)).forEach(into::add);
        }
        return into;
    }

    /** Points a path at another node. */
    void point(Slot slot, String target) {
        if (slot.node() == null) {
            root.put("start", target);
            return;
        }
        Json.set(require(slot.node()), slot.path(), target);
    }

    /** Sets a field of a node ({@code title}, {@code policy.approvals}, {@code input.url}); null removes it. */
    void set(String id, String path, Object value) {
        if (path.equals("id")) {
            throw new IllegalArgumentException("Use rename to change a node's id");
        }
        Map<String, Object> node = require(id);
        if (value == null) {
            Json.remove(node, path);
        } else {
            Json.set(node, path, Json.copy(value));
        }
    }

    /**
     * Inserts a new node on a path: what the path led to now follows the new node. A parallel node comes with its
     * join, an approval with an end for the rejected path.
     *
     * @return the new node's id
     */
    String insert(Slot slot, NewNode kind) {
        String after = target(slot);
        String id = freshId(kind.baseId());
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", id);
        node.put("type", kind.type());
        List<Map<String, Object>> extra = new ArrayList<>();
        switch (kind.type()) {
            case "step" -> {
                node.put("step", kind.stepType());
                node.put("input", new LinkedHashMap<>());
                node.put("next", after);
            }
            case "condition" -> {
                node.put("branches", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("when", "", "next",
                        after)))));
                node.put("otherwise", after);
            }
            case "parallel" -> {
                String join = freshId("join", id);
                node.put("branches", new ArrayList<>(List.of(join, join)));
                extra.add(new LinkedHashMap<>(Map.of("id", join, "type", "join", "mode", "all", "next", after)));
            }
            case "approval" -> {
                String rejected = freshId(id + "-rejected", id);
                node.put("title", "");
                node.put("proposal", new LinkedHashMap<>());
                node.put("policy", new LinkedHashMap<>(Map.of("approvals", 1)));
                node.put("next", after);
                node.put("onReject", rejected);
                extra.add(new LinkedHashMap<>(Map.of("id", rejected, "type", "end")));
            }
            case "wait" -> {
                node.put("duration", "PT1H");
                node.put("next", after);
            }
            default -> throw new IllegalArgumentException("Cannot insert a node of type " + kind.type());
        }
        List<Map<String, Object>> added = new ArrayList<>(List.of(node));
        added.addAll(extra);
        placeAfter(slot.node(), added);
        point(slot, id);
        return id;
    }

    /** Keeps the JSON readable: new nodes sit right after the node whose path they were inserted on. */
    private void placeAfter(String anchor, List<Map<String, Object>> added) {
        var reordered = new LinkedHashMap<String, Map<String, Object>>();
        if (anchor == null) {
            added.forEach(node -> reordered.put((String) node.get("id"), node));
        }
        nodes.forEach((id, node) -> {
            reordered.put(id, node);
            if (id.equals(anchor)) {
                added.forEach(a -> reordered.put((String) a.get("id"), a));
            }
        });
        added.forEach(node -> reordered.putIfAbsent((String) node.get("id"), node));
        nodes.clear();
        nodes.putAll(reordered);
    }

    /** Adds a branch to a condition (leading where {@code otherwise} leads) or to a parallel node. */
    void addBranch(String id) {
        Map<String, Object> node = require(id);
        List<Object> branches = Json.list(node, "branches");
        if (type(id).equals("condition")) {
            branches.add(new LinkedHashMap<>(Map.of("when", "", "next", text(node.get("otherwise")))));
        } else if (type(id).equals("parallel")) {
            String join = joinOf(id).orElseThrow(() -> new IllegalStateException("The parallel node '" + id
                    + "' has no join to lead a new branch to"));
            branches.add(join);
        } else {
            throw new IllegalArgumentException("Only conditions and parallel nodes have branches");
        }
    }

    /**
     * Removes a branch and the nodes only it reached.
     *
     * @return the ids removed with it
     */
    List<String> removeBranch(String id, int index) {
        Map<String, Object> node = require(id);
        List<Object> branches = Json.list(node, "branches");
        int least = type(id).equals("parallel") ? 2 : 1;
        if (branches.size() <= least) {
            throw new IllegalStateException("'" + id + "' needs at least " + least + " branch"
                    + (least == 1 ? "" : "es"));
        }
        Set<String> before = reachable();
        branches.remove(index);
        return prune(before);
    }

    /**
     * Removes a node; the paths into it lead to where it led (for a condition: its {@code otherwise}; for a
     * parallel node: past its join), and nodes no longer reachable go with it.
     *
     * @return every id removed
     * @throws IllegalStateException saying what to do instead when the node cannot go on its own
     */
    List<String> remove(String id) {
        String type = type(id);
        if (type.equals("join")) {
            throw new IllegalStateException("A join closes a parallel node: remove the parallel node instead.");
        }
        if (type.equals("end") && !slotsInto(id).isEmpty()) {
            throw new IllegalStateException("Paths end here: point them at another node first.");
        }
        String successor = switch (type) {
            case "condition" -> text(require(id).get("otherwise"));
            case "parallel" -> joinOf(id).map(join -> text(require(join).get("next"))).orElse("");
            case "end" -> "";
            default -> text(require(id).get("next"));
        };
        if (!type.equals("end") && successor.isEmpty()) {
            throw new IllegalStateException("'" + id + "' leads nowhere yet, so nothing could take its place.");
        }
        Set<String> before = reachable();
        for (Slot into : slotsInto(id)) {
            point(into, successor);
        }
        nodes.remove(id);
        List<String> removed = new ArrayList<>(List.of(id));
        removed.addAll(prune(before));
        return removed;
    }

    private List<String> prune(Set<String> reachableBefore) {
        Set<String> now = reachable();
        List<String> gone = new ArrayList<>();
        for (String id : List.copyOf(nodes.keySet())) {
            if (reachableBefore.contains(id) && !now.contains(id)) {
                nodes.remove(id);
                gone.add(id);
            }
        }
        return gone;
    }

    /** Renames a node and every reference to it, including {@code steps.<id>} in expressions. */
    void rename(String id, String newId) {
        require(id);
        if (!NODE_ID.matcher(newId).matches()) {
            throw new IllegalArgumentException("Use lower-case letters, digits, '-' or '_', starting with a letter"
                    + " (at most 64 characters)");
        }
        if (nodes.containsKey(newId)) {
            throw new IllegalArgumentException("Another node is called '" + newId + "'");
        }
        for (Slot into : slotsInto(id)) {
            point(into, newId);
        }
        var renamed = new LinkedHashMap<String, Map<String, Object>>();
        nodes.forEach((key, node) -> {
            if (key.equals(id)) {
                node.put("id", newId);
            }
            renamed.put(key.equals(id) ? newId : key, node);
        });
        nodes.clear();
        nodes.putAll(renamed);
        Pattern reference = Pattern.compile("\\bsteps\\." + Pattern.quote(id) + "(?![a-z0-9_-])");
        nodes.values().forEach(node -> Json.replaceInStrings(node, reference, "steps." + newId));
    }

    /** The join that closes a parallel node: the first join on its first branch, stepping over nested ones. */
    Optional<String> joinOf(String parallel) {
        List<?> branches = require(parallel).get("branches") instanceof List<?> list ? list : List.of();
        return branches.isEmpty() ? Optional.empty() : firstJoin(text(branches.get(0)), new HashSet<>());
    }

    private Optional<String> firstJoin(String id, Set<String> visited) {
        if (!nodes.containsKey(id) || !visited.add(id)) {
            return Optional.empty();
        }
        return switch (type(id)) {
            case "join" -> Optional.of(id);
            case "end" -> Optional.empty();
            case "parallel" -> joinOf(id).flatMap(join -> firstJoin(text(require(join).get("next")), visited));
            default -> {
                for (Slot slot : slots(id)) {
                    Optional<String> join = firstJoin(slot.target(), visited);
                    if (join.isPresent()) {
                        yield join;
                    }
                }
                yield Optional.empty();
            }
        };
    }

    /** The nodes a run can reach from the start. */
    Set<String> reachable() {
        Set<String> seen = new HashSet<>();
        var queue = new ArrayDeque<String>();
        queue.add(start());
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (nodes.containsKey(id) && seen.add(id)) {
                slots(id).forEach(slot -> queue.add(slot.target()));
            }
        }
        return seen;
    }

    String target(Slot slot) {
        if (slot.node() == null) {
            return start();
        }
        return text(Json.get(require(slot.node()), slot.path()));
    }

    private String freshId(String base, String... avoid) {
        String stem = base.toLowerCase().replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[^a-z]+", "");
        if (stem.isEmpty()) {
            stem = "node";
        }
        stem = stem.length() > 56 ? stem.substring(0, 56) : stem;
        Set<String> taken = new HashSet<>(nodes.keySet());
        taken.addAll(List.of(avoid));
        String id = stem;
        for (int n = 2; taken.contains(id); n++) {
            id = stem + "-" + n;
        }
        return id;
    }

    private Map<String, Object> require(String id) {
        Map<String, Object> node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("No node '" + id + "'");
        }
        return node;
    }

    private static String text(Object value) {
        return value instanceof String text ? text : "";
    }
}
