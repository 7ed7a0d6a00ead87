package dev.platina.ai.trust.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The placeholders of one session: value to placeholder (by the kind's key) and placeholder to original. */
final class PlaceholderTable {

    private final Map<PiiKind, Integer> issued = new EnumMap<>(PiiKind.class);
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> originals = new LinkedHashMap<>();

    /** The placeholder of this value, issuing the kind's next number the first time the value is seen. */
    String placeholderFor(PiiKind kind, String value) {
        return byKey.computeIfAbsent(kind.name() + '\u0000' + kind.key(value), key -> {
            int number = issued.merge(kind, 1, Integer::sum);
            String placeholder = kind.placeholder(number);
            originals.put(placeholder, value);
            return placeholder;
        });
    }

    /** The first-seen original spelling, or {@code null} if this session did not issue the placeholder. */
    String original(String placeholder) {
        return originals.get(placeholder);
    }

    Map<String, String> snapshot() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(originals));
    }

    /** How many placeholders of each kind; never the values. */
    Map<PiiKind, Integer> counts() {
        return new EnumMap<>(issued);
    }
}
