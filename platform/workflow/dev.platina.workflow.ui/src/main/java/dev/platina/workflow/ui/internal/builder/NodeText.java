package dev.platina.workflow.ui.internal.builder;

import java.util.List;
import java.util.Map;

/** How a node is named for people: its kind, and a line saying what it does. */
final class NodeText {

    private NodeText() {
    }

    static String kind(Map<String, Object> node) {
        String type = node.get("type") instanceof String t ? t : "";
        return switch (type) {
            case "step" -> "step";
            case "condition" -> "condition";
            case "parallel" -> "parallel branches";
            case "join" -> "join";
            case "approval" -> "approval";
            case "wait" -> "wait";
            case "end" -> "end";
            default -> "node";
        };
    }

    /** " (title)" for nodes that have a title or a step type, else nothing. */
    static String titled(Map<String, Object> node) {
        if (node.get("title") instanceof String title && !title.isBlank()) {
            return " (" + title + ")";
        }
        if (node.get("step") instanceof String step && !step.isBlank()) {
            return " (" + step + ")";
        }
        return "";
    }

    /** What the node does, in one line, with the step type's title where there is one. */
    static String summary(Map<String, Object> node, Map<String, String> stepTitles) {
        String type = node.get("type") instanceof String t ? t : "";
        return switch (type) {
            case "step" -> {
                String step = node.get("step") instanceof String s ? s : "";
                yield step.isEmpty() ? "Pick a step type" : stepTitles.getOrDefault(step, step);
            }
            case "condition" -> {
                int branches = node.get("branches") instanceof List<?> list ? list.size() : 0;
                yield branches + " condition" + (branches == 1 ? "" : "s") + ", otherwise another path";
            }
            case "parallel" -> {
                int branches = node.get("branches") instanceof List<?> list ? list.size() : 0;
                yield branches + " branches at the same time";
            }
            case "join" -> switch (String.valueOf(node.getOrDefault("mode", "all"))) {
                case "any" -> "Goes on when the first branch arrives";
                case "count" -> "Goes on when " + node.get("count") + " branches arrived";
                default -> "Goes on when every branch arrived";
            };
            case "approval" -> node.get("title") instanceof String title && !title.isBlank() ? title
                    : "Approval (give it a title)";
            case "wait" -> {
                if (node.get("duration") instanceof String duration) {
                    yield "Waits " + duration;
                }
                if (node.get("event") instanceof String event) {
                    yield "Waits for " + event;
                }
                yield node.get("until") instanceof String until ? "Waits until " + until : "Waits";
            }
            case "end" -> "failed".equals(node.get("outcome")) ? "Ends the run as failed" : "Ends the run";
            default -> "Unknown node type '" + type + "'";
        };
    }

    /** The kind's label on a card. */
    static String label(Map<String, Object> node) {
        String kind = kind(node);
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
}
