package dev.platina.workflow.api;

import dev.platina.identity.api.Caller;
import java.util.Map;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** One attempt of one step of one run, as the engine hands it to a {@link WorkflowStep}. */
@ProviderType
public interface StepExecution {

    UUID runId();

    /** The step's node id in the definition. */
    String nodeId();

    /** The step's input after its expressions were evaluated. */
    Map<String, Object> input();

    /**
     * Who the step acts for: the workflow's owner in its organisation, narrowed to what the organisation granted
     * the skill that contributes the step. Platform services refuse anything beyond that.
     */
    Caller caller();

    /** Stable for this step of this run across retries and restarts; use it to make outside effects happen once. */
    String idempotencyKey();

    /** 1 for the first attempt. */
    int attempt();
}
