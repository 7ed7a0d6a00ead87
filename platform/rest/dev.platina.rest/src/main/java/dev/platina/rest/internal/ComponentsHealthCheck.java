package dev.platina.rest.internal;

import dev.platina.health.api.HealthCheck;
import dev.platina.health.api.HealthResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * DOWN while any enabled component waits for a service it needs or failed to activate, or the JAX-RS runtime
 * refused a resource or extension: an active bundle alone does not mean its services are up. Components that
 * require a configuration nobody has given are listed, not counted as down.
 */
@Component(service = HealthCheck.class, property = HealthCheck.NAME_PROPERTY + "=components")
public final class ComponentsHealthCheck implements HealthCheck {

    private final ServiceComponentRuntime components;
    private final JaxrsServiceRuntime jaxrs;

    @Activate
    public ComponentsHealthCheck(@Reference ServiceComponentRuntime components,
            @Reference JaxrsServiceRuntime jaxrs) {
        this.components = components;
        this.jaxrs = jaxrs;
    }

    @Override
    public HealthResult check() {
        var problems = new ArrayList<String>();
        var unconfigured = new ArrayList<String>();
        int active = 0;
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs()) {
            if (!components.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                switch (configuration.state) {
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> problems.add(description.name
                            + " waits for " + String.join(", ", java.util.Arrays.stream(
                                    configuration.unsatisfiedReferences).map(r -> r.name).toList()));
                    // Waiting for a configuration nobody gave is a choice (the component is off), not a fault.
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> unconfigured.add(description.name);
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> problems.add(description.name
                            + " failed to start: " + configuration.failure);
                    default -> active++;
                }
            }
        }
        RuntimeDTO runtime = jaxrs.getRuntimeDTO();
        java.util.Arrays.stream(runtime.failedResourceDTOs).forEach(r -> problems.add("REST resource "
                + r.name + " was refused (reason " + r.failureReason + ")"));
        java.util.Arrays.stream(runtime.failedExtensionDTOs).forEach(e -> problems.add("REST extension "
                + e.name + " was refused (reason " + e.failureReason + ")"));
        java.util.Arrays.stream(runtime.failedApplicationDTOs).forEach(a -> problems.add("REST application "
                + a.name + " was refused (reason " + a.failureReason + ")"));
        var details = new LinkedHashMap<String, Object>();
        details.put("activeComponents", active);
        if (!unconfigured.isEmpty()) {
            details.put("notConfigured", unconfigured);
        }
        if (problems.isEmpty()) {
            return HealthResult.up(details);
        }
        details.put("problems", problems);
        return HealthResult.down(problems.size() + " component(s) are not running", details);
    }
}
