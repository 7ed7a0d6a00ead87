package dev.platina.marketplace.impl.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * Waits until a freshly installed skill really serves: its bundle is active, its components are active (or wait
 * only for configuration), and the API answers with every REST resource it registered. "Installed" then means
 * a request to the skill succeeds.
 */
final class SkillStartWatcher {

    private final ServiceComponentRuntime components;
    private final Supplier<Optional<JaxrsServiceRuntime>> jaxrs;

    SkillStartWatcher(ServiceComponentRuntime components, Supplier<Optional<JaxrsServiceRuntime>> jaxrs) {
        this.components = components;
        this.jaxrs = jaxrs;
    }

    void awaitStarted(Bundle bundle, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String problem;
        while ((problem = notYetServing(bundle)) != null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(bundle.getSymbolicName() + " did not start within "
                        + timeout.toSeconds() + " s: " + problem);
            }
            Thread.sleep(50);
        }
    }

    /** What is still missing, or null when the bundle serves. */
    String notYetServing(Bundle bundle) {
        if (bundle.getState() != Bundle.ACTIVE) {
            return "the bundle is not active";
        }
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(bundle)) {
            if (!components.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    throw new IllegalStateException("its component " + description.name + " failed to start: "
                            + configuration.failure);
                }
                if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    return "its component " + description.name + " waits for a service";
                }
            }
        }
        return missingResource(bundle);
    }

    private String missingResource(Bundle bundle) {
        Set<Long> resources = new HashSet<>();
        ServiceReference<?>[] registered = bundle.getRegisteredServices();
        for (ServiceReference<?> reference : registered == null ? new ServiceReference<?>[0] : registered) {
            Object flag = reference.getProperty("osgi.jaxrs.resource");
            if (flag != null && Boolean.parseBoolean(flag.toString())) {
                resources.add((Long) reference.getProperty("service.id"));
            }
        }
        if (resources.isEmpty()) {
            return null;
        }
        Optional<JaxrsServiceRuntime> runtime = jaxrs.get();
        if (runtime.isEmpty()) {
            return "the REST runtime is not available";
        }
        RuntimeDTO dto = runtime.get().getRuntimeDTO();
        for (FailedResourceDTO failed : dto.failedResourceDTOs) {
            if (resources.contains(failed.serviceId)) {
                throw new IllegalStateException("the REST runtime refused its resource (reason " + failed.failureReason
                        + ")");
            }
        }
        Set<Long> serving = new HashSet<>();
        Arrays.stream(dto.applicationDTOs).map(a -> a.resourceDTOs).forEach(r -> Arrays.stream(r)
                .map(d -> d.serviceId).forEach(serving::add));
        if (dto.defaultApplication != null) {
            Arrays.stream(dto.defaultApplication.resourceDTOs).map(d -> d.serviceId).forEach(serving::add);
        }
        return serving.containsAll(resources) ? null : "its REST resources are not serving yet";
    }
}
