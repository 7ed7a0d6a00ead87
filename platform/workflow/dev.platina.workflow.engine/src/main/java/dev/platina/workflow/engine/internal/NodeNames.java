package dev.platina.workflow.engine.internal;

import java.util.Collection;
import java.util.Optional;

/** Suggests the node id someone probably meant when they mistyped one. */
final class NodeNames {

    private NodeNames() {
    }

    static Optional<String> closest(String typed, Collection<String> ids) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String id : ids) {
            int distance = distance(typed, id);
            if (distance < bestDistance) {
                best = id;
                bestDistance = distance;
            }
        }
        // Beyond two edits a suggestion is more likely to confuse than to help.
        return bestDistance <= 2 ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
