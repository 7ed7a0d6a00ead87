package dev.platina.workflow.engine.internal;

import dev.platina.identity.api.Caller;
import dev.platina.marketplace.api.SkillGate;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The step types registered right now, from the platform and from skills. A skill's step types exist only for the
 * organisations that enabled the skill; for the others they are as missing as if it were not installed.
 */
@Component(service = StepRegistry.class)
public final class StepRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(StepRegistry.class);

    /** A registered step and the bundle that contributed it, which decides who may use it. */
    record Registered(WorkflowStep step, StepDescriptor descriptor, Bundle contributor) {
    }

    private final SkillGate gate;
    private final Map<String, Registered> byType = new ConcurrentHashMap<>();

    @Activate
    public StepRegistry(@Reference SkillGate gate) {
        this.gate = gate;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addStep(WorkflowStep step, ServiceReference<WorkflowStep> reference) {
        register(step, reference.getBundle());
    }

    void register(WorkflowStep step, Bundle contributor) {
        StepDescriptor descriptor = step.descriptor();
        Registered previous = byType.putIfAbsent(descriptor.type(), new Registered(step, descriptor, contributor));
        if (previous != null) {
            LOG.warn("Ignoring the step type '{}' of {}: {} already provides it", descriptor.type(),
                    nameOf(contributor), nameOf(previous.contributor()));
        }
    }

    private static String nameOf(Bundle bundle) {
        return bundle == null ? "the platform" : bundle.getSymbolicName();
    }

    void removeStep(WorkflowStep step) {
        byType.values().removeIf(registered -> registered.step() == step);
    }

    /** The step type as the caller's organisation may use it, with the caller narrowed to what its skill holds. */
    Optional<Usable> usable(Caller caller, String type) {
        Registered registered = byType.get(type);
        if (registered == null) {
            return Optional.empty();
        }
        return gate.actingFor(caller, registered.contributor()).map(acting -> new Usable(registered, acting));
    }

    /** A step the organisation may use, and who it acts for. */
    record Usable(Registered registered, Caller actingAs) {
    }

    /** Whether the organisation may use the step type now (for resuming parked tasks). */
    boolean availableTo(dev.platina.persistence.api.TenantId organization, String type) {
        return usable(Caller.system(organization, "workflow-engine"), type).isPresent();
    }

    /** The step types the caller's organisation may use, for the builder. */
    List<StepDescriptor> available(Caller caller) {
        return byType.values().stream().filter(r -> gate.actingFor(caller, r.contributor()).isPresent())
                .map(Registered::descriptor).sorted(java.util.Comparator.comparing(StepDescriptor::type)).toList();
    }
}
