package dev.platina.health.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One named check shown in the platform health report. Implementations must answer quickly (well under a
 * second) and must not throw: a failure is reported as {@link HealthResult#down(String)}.
 */
@ConsumerType
public interface HealthCheck {

    /** Service property naming the check, e.g. {@code database}; must be unique among the registered checks. */
    String NAME_PROPERTY = "platina.health.check";

    HealthResult check();
}
