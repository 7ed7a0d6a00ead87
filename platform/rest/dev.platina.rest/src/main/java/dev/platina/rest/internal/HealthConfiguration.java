package dev.platina.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Platina health", description = "What GET /api/health requires to answer UP.")
@interface HealthConfiguration {

    String PID = "dev.platina.rest.health";

    @AttributeDefinition(description = "Checks that must be registered and UP; a missing one counts as DOWN.")
    String[] requiredChecks() default {"database", "migrations", "bundles", "components"};

    @AttributeDefinition(description = "Seconds one check may take before it counts as DOWN.", min = "1", max = "60")
    int timeoutSeconds() default 5;

    @AttributeDefinition(description = "Milliseconds a report is reused for; 0 runs the checks on every call.",
            min = "0", max = "60000")
    long cacheMillis() default 1000;
}
