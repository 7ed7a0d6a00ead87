package dev.platina.workflow.engine.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The part of an approval policy that lets confident proposals through without people: a proposal whose confidence
 * is at or above the threshold named for its action is approved at once. Actions without a threshold always wait
 * for people ({@code "*"} names every other action, and must be written out to mean it). {@code confidence} and
 * {@code action} are expressions or plain values; left out, the proposal's own {@code confidence} and {@code action}
 * keys are read.
 */
record AutoApproval(Optional<Object> confidence, Optional<Object> action, Map<String, BigDecimal> thresholds) {

    static final String EVERY_OTHER_ACTION = "*";
    static final String DECIDER = "auto-approve";

    AutoApproval {
        thresholds = Map.copyOf(thresholds);
    }

    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        confidence.ifPresent(value -> json.put("confidence", value));
        action.ifPresent(value -> json.put("action", value));
        json.put("thresholds", thresholds);
        return json;
    }

    static Optional<AutoApproval> fromJson(Object json) {
        if (!(json instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        var thresholds = new LinkedHashMap<String, BigDecimal>();
        if (map.get("thresholds") instanceof Map<?, ?> given) {
            given.forEach((action, value) -> thresholds.put(String.valueOf(action), new BigDecimal(String.valueOf(
                    value))));
        }
        return Optional.of(new AutoApproval(Optional.ofNullable(map.get("confidence")),
                Optional.ofNullable(map.get("action")), thresholds));
    }

    /** The threshold the action must reach, if it may be approved without people at all. */
    Optional<BigDecimal> thresholdFor(String action) {
        return Optional.ofNullable(thresholds.get(action)).or(() -> Optional.ofNullable(thresholds.get(
                EVERY_OTHER_ACTION)));
    }
}
