package dev.platina.ai.steps.internal;

import dev.platina.ai.api.AiMemory;
import dev.platina.ai.api.AiSettings;
import dev.platina.ai.api.AiSettingsService;
import dev.platina.ai.api.CaseReasoner;
import dev.platina.ai.api.PiiMasker;
import dev.platina.ai.api.ToolSource;
import dev.platina.identity.api.Caller;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowService;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * What the AI steps need besides the gateway: which engine the organisation chose, the offline engine (a separate,
 * large bundle that may still be loading or be absent), the organisation's memory (optional: without it nothing is
 * learnt), the masker for what goes into and out of the memory, the outside tool sources, and the step types on
 * offer as actions.
 */
@Component(service = AiEngines.class)
public final class AiEngines {

    private final AiSettingsService settings;
    private final PiiMasker masker;
    private final java.util.function.Function<Caller, List<StepDescriptor>> stepTypes;
    private volatile CaseReasoner offline;
    private volatile AiMemory memory;
    private final List<ToolSource> toolSources = new CopyOnWriteArrayList<>();

    /**
     * The workflow service is looked up when step types are asked for, not bound: it depends on the step registry,
     * which binds every step, and these steps depend on this; a bound reference would be a cycle.
     */
    @Activate
    public AiEngines(@Reference AiSettingsService settings, @Reference PiiMasker masker, BundleContext context) {
        this(settings, masker, caller -> stepTypesOf(context, caller));
    }

    AiEngines(AiSettingsService settings, PiiMasker masker,
            java.util.function.Function<Caller, List<StepDescriptor>> stepTypes) {
        this.settings = settings;
        this.masker = masker;
        this.stepTypes = stepTypes;
    }

    private static List<StepDescriptor> stepTypesOf(BundleContext context, Caller caller) {
        ServiceReference<WorkflowService> reference = context.getServiceReference(WorkflowService.class);
        WorkflowService workflows = reference == null ? null : context.getService(reference);
        if (workflows == null) {
            throw new IllegalStateException("The workflow engine is not running, so the actions on offer are not"
                    + " known; try again shortly.");
        }
        try {
            return workflows.stepTypes(caller);
        } finally {
            context.ungetService(reference);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(engine=offline)")
    void bindOffline(CaseReasoner reasoner) {
        this.offline = reasoner;
    }

    void unbindOffline(CaseReasoner reasoner) {
        if (this.offline == reasoner) {
            this.offline = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindMemory(AiMemory bound) {
        this.memory = bound;
    }

    void unbindMemory(AiMemory bound) {
        if (this.memory == bound) {
            this.memory = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addToolSource(ToolSource source) {
        toolSources.add(source);
    }

    void removeToolSource(ToolSource source) {
        toolSources.remove(source);
    }

    /** The organisation's settings; the offline engine unless an administrator chose a provider. */
    AiSettings settings(Caller caller) {
        return settings.get(caller);
    }

    /** The offline engine, or why it cannot answer now. */
    CaseReasoner offline() {
        CaseReasoner reasoner = offline;
        if (reasoner == null) {
            throw new IllegalStateException("The offline AI engine is not available (still starting, or its bundle"
                    + " is not installed); try again in a minute, or choose a language model in Settings > AI.");
        }
        return reasoner;
    }

    Optional<AiMemory> memory() {
        return Optional.ofNullable(memory);
    }

    PiiMasker masker() {
        return masker;
    }

    List<ToolSource> toolSources() {
        return List.copyOf(toolSources);
    }

    List<StepDescriptor> stepTypes(Caller caller) {
        return stepTypes.apply(caller);
    }
}
