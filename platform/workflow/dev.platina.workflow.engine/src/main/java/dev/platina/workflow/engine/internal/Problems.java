package dev.platina.workflow.engine.internal;

import dev.platina.core.api.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with a definition, each problem at its place ({@code nodes[approve].policy.approvals}). */
final class Problems {

    private final Map<String, String> byPlace = new LinkedHashMap<>();

    void add(String place, String message) {
        // The first problem at a place is the one to fix first; later ones usually follow from it.
        byPlace.putIfAbsent(place, message);
    }

    boolean any() {
        return !byPlace.isEmpty();
    }

    Map<String, String> all() {
        return Map.copyOf(byPlace);
    }

    void throwIfAny() {
        if (!byPlace.isEmpty()) {
            throw new InvalidInputException(new LinkedHashMap<>(byPlace));
        }
    }
}
