package dev.platina.ai.learning.internal;

import dev.platina.persistence.api.TenantId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Fitted curves per organisation and engine, until the organisation's feedback changes. Each curve carries the
 * organisation's generation read before its outcomes were read, so a curve fitted from outcomes that a concurrent
 * change has since made stale is never served, whatever order the threads finish in.
 */
final class CalibrationCache {

    private record Key(TenantId tenant, String engine) {
    }

    private record Stamped(long generation, CalibrationCurve curve) {
    }

    private final Map<TenantId, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Key, Stamped> curves = new ConcurrentHashMap<>();

    CalibrationCurve get(TenantId tenant, String engine, Supplier<CalibrationCurve> fit) {
        long generation = generation(tenant).get();
        Key key = new Key(tenant, engine);
        Stamped cached = curves.get(key);
        if (cached != null && cached.generation() == generation) {
            return cached.curve();
        }
        CalibrationCurve fresh = fit.get();
        curves.put(key, new Stamped(generation, fresh));
        return fresh;
    }

    /** Call after a change of the organisation's cases committed. */
    void forget(TenantId tenant) {
        generation(tenant).incrementAndGet();
    }

    private AtomicLong generation(TenantId tenant) {
        return generations.computeIfAbsent(tenant, t -> new AtomicLong());
    }
}
