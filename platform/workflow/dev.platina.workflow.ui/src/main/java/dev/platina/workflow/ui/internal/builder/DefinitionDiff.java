package dev.platina.workflow.ui.internal.builder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of a workflow, in sentences a person reads: nodes added and removed (with
 * their kind and title), and for the nodes in both, each field that changed from what to what
 * ({@code policy.approvals: 1 → 2}).
 */
final class DefinitionDiff {

    private static final int LONGEST_VALUE = 80;

    private DefinitionDiff() {
    }

    static List<String> between(Map<String, Object> older, Map<String, Object> newer) {
        List<String> lines = new ArrayList<>();
        field(lines, "Name", older.get("name"), newer.get("name"));
        field(lines, "Description", older.get("description"), newer.get("description"));
        String olderTrigger = TriggerText.describe(older.get("trigger"));
        String newerTrigger = TriggerText.describe(newer.get("trigger"));
        if (!olderTrigger.equals(newerTrigger)) {
            lines.add("Trigger: " + olderTrigger + " → " + newerTrigger);
        }
        field(lines, "Starts at", older.get("start"), newer.get("start"));
        Map<String, Map<String, Object>> before = nodes(older);
        Map<String, Map<String, Object>> after = nodes(newer);
        after.forEach((id, node) -> {
            if (!before.containsKey(id)) {
                lines.add("Added " + NodeText.kind(node) + " '" + id + "'" + NodeText.titled(node));
            }
        });
        before.forEach((id, node) -> {
            if (!after.containsKey(id)) {
                lines.add("Removed " + NodeText.kind(node) + " '" + id + "'" + NodeText.titled(node));
            }
        });
        before.forEach((id, node) -> {
            if (after.containsKey(id)) {
                List<String> changes = changes(flatten(node), flatten(after.get(id)));
                if (!changes.isEmpty()) {
                    lines.add("Changed '" + id + "': " + String.join("; ", changes));
                }
            }
        });
        if (lines.isEmpty()) {
            lines.add("No differences");
        }
        return lines;
    }

    private static void field(List<String> lines, String label, Object older, Object newer) {
        if (!Objects.equals(blankToNull(older), blankToNull(newer))) {
            lines.add(label + ": " + show(older) + " → " + show(newer));
        }
    }

    private static Object blankToNull(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }

    private static List<String> changes(Map<String, Object> before, Map<String, Object> after) {
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<String> changes = new ArrayList<>();
        for (String path : paths) {
            Object was = before.get(path);
            Object is = after.get(path);
            if (Objects.equals(was, is) || (was instanceof Number a && is instanceof Number b
                    && a.doubleValue() == b.doubleValue())) {
                continue;
            }
            if (was == null) {
                changes.add(path + " set to " + show(is));
            } else if (is == null) {
                changes.add(path + " removed (was " + show(was) + ")");
            } else {
                changes.add(path + ": " + show(was) + " → " + show(is));
            }
        }
        return changes;
    }

    /** Leaves of the JSON by dotted path; lists of plain values stay one value so "roles" reads as a list. */
    private static Map<String, Object> flatten(Map<String, Object> node) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String prefix, Object value, Map<String, Object> flat) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, child,
                    flat));
        } else if (value instanceof List<?> list && list.stream().anyMatch(item -> item instanceof Map<?, ?>)) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), flat);
            }
        } else {
            flat.put(prefix, value);
        }
    }

    private static Map<String, Map<String, Object>> nodes(Map<String, Object> definition) {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        if (definition.get("nodes") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> node && node.get("id") instanceof String id) {
                    nodes.put(id, Json.object(node));
                }
            }
        }
        return nodes;
    }

    static String show(Object value) {
        if (value == null) {
            return "(none)";
        }
        String text = value instanceof String s ? "'" + s + "'" : value instanceof List<?> list
                ? list.toString() : String.valueOf(value);
        return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE - 1) + "…" : text;
    }
}
