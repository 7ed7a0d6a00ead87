package dev.platina.ai.offline.internal;

import dev.platina.ai.api.PastCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vectors of past cases, kept in a bounded least-recently-used cache because embedding a case with the sentence
 * model costs milliseconds and the same cases come back on every proposal. Keyed on the case id and its text, so
 * two tenants' cases never share an entry (ids are unique) and an edited text is embedded anew.
 */
final class CaseVectors {

    private final TextEmbedder embedder;
    private final Map<String, float[]> cache;

    CaseVectors(TextEmbedder embedder, int capacity) {
        this.embedder = embedder;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The vectors of {@code cases}, in the same order. */
    List<float[]> of(List<PastCase> cases) {
        List<float[]> vectors = new ArrayList<>(cases.size());
        for (PastCase pastCase : cases) {
            vectors.add(vectorOf(pastCase));
        }
        return vectors;
    }

    private float[] vectorOf(PastCase pastCase) {
        String key = key(pastCase);
        synchronized (cache) {
            float[] cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Embedded outside the lock: two threads may embed the same case once each, which is harmless.
        float[] vector = embedder.embed(pastCase.text());
        synchronized (cache) {
            cache.put(key, vector);
        }
        return vector;
    }

    private static String key(PastCase pastCase) {
        return pastCase.id() + '\u0000' + pastCase.text();
    }
}
