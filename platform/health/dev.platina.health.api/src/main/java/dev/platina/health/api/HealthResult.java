package dev.platina.health.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one {@link HealthCheck}: a status and details an operator can act on. Details must never
 * contain secrets (passwords, tokens, connection strings with credentials).
 */
public record HealthResult(HealthStatus status, Map<String, Object> details) {

    public HealthResult {
        Objects.requireNonNull(status, "status");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static HealthResult up(Map<String, Object> details) {
        return new HealthResult(HealthStatus.UP, details);
    }

    public static HealthResult down(String reason) {
        return new HealthResult(HealthStatus.DOWN, Map.of("reason", reason));
    }

    public static HealthResult down(String reason, Map<String, Object> details) {
        var all = new LinkedHashMap<String, Object>(details);
        all.put("reason", reason);
        return new HealthResult(HealthStatus.DOWN, all);
    }

    public boolean isUp() {
        return status == HealthStatus.UP;
    }
}
